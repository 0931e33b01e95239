// The explorer's entry point: mount the app into the page.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./view/App";
import "./view/styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("main: the page has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
