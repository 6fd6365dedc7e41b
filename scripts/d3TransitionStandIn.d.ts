export const TRANSITIONS_LEFT_OUT: string;
export function interrupt(node: Element): void;
export function active(): null;
export function transition(): never;
