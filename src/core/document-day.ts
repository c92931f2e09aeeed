// The day an article's dated facts (office holders, event dates) are resolved against: the
// page's date until the dating stage lands, when it becomes the content date.

/** `YYYY-MM-DD` of a published value that starts with a full date, else null. */
export const documentDay = (published: string | null): string | null =>
  published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
