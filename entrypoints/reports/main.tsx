import { render } from "preact";
import { MyReports } from "@/components/MyReports";
import { PageShell } from "@/components/PageShell";
import "@/components/page.css";

const app = document.getElementById("app");
if (app) render(<PageShell>{() => <MyReports />}</PageShell>, app);
