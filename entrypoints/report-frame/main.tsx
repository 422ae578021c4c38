import { render } from "preact";
import { PanelFrame } from "@/components/PanelFrame";
import "@/components/page.css";
import "@/components/panel.css";

// The badge's panel: this page, in an iframe of the content script's dialog (see utils/background/panel-handlers.ts).
const app = document.getElementById("app");
if (app) render(<PanelFrame token={location.hash.slice(1)} />, app);
