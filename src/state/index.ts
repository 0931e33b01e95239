// The explorer's state: plain data, pure updates and the permalink; shared by the view and its tests.
export * from "./explorerState";
export * from "./permalink";
