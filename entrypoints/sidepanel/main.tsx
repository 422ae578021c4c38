import { render } from "preact";
import { SidePanel } from "@/components/SidePanel";
import "@/components/page.css";

const app = document.getElementById("app");
if (app) render(<SidePanel />, app);
