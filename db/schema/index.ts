export * from "./billing";
export * from "./credits";
export * from "./enums";
export * from "./members";
export * from "./messaging";
export * from "./network";
export * from "./policy";
