/**
 * Settles after the browser has drawn a frame (a task queued from requestAnimationFrame runs after
 * that frame's layout and paint), or after `fallbackMs` where no frame comes (a tab in the
 * background draws none): the app's own work then starts in a task of its own, after the
 * prerendered picture is on screen, and reads a layout that is already done.
 */
export function afterFirstFrame(fallbackMs = 200): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
