// Views that hold resources (the WebGL renderer, listeners) register their cleanup, run when
// the route changes.
let cleanup: (() => void) | null = null;

export function onLeave(f: () => void): void {
  cleanup = f;
}

export function leaveView(): void {
  const f = cleanup;
  cleanup = null;
  f?.();
}
