import { render } from "preact";
import { App } from "./app";
import "./workspace.css";

const root = document.getElementById("app");
if (root) render(<App />, root);
