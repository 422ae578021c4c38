import { render } from "preact";
import { CapturePermission } from "@/components/CapturePermission";
import { PageShell } from "@/components/PageShell";
import "@/components/page.css";

const app = document.getElementById("app");
if (app) render(<PageShell>{() => <CapturePermission />}</PageShell>, app);
