import { render } from "preact";
import { PageShell } from "@/components/PageShell";
import { Welcome } from "@/components/Welcome";
import "@/components/page.css";

const app = document.getElementById("app");
if (app) render(<PageShell>{() => <Welcome />}</PageShell>, app);
