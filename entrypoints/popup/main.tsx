import { render } from "preact";
import { PageShell } from "@/components/PageShell";
import { Popup } from "@/components/Popup";
import "@/components/page.css";

const app = document.getElementById("app");
if (app) render(<PageShell>{(settings) => <Popup staffMode={settings.staffMode} />}</PageShell>, app);
