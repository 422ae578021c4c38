import { render } from "preact";
import { PageShell } from "@/components/PageShell";
import { Popup } from "@/components/Popup";
import "@/components/page.css";

const app = document.getElementById("app");
if (app) render(<PageShell>{() => <Popup />}</PageShell>, app);
