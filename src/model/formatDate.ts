const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2024-06-25" → "25 June 2024", the same in every locale and time zone. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  const name = months[(month ?? 0) - 1];
  return name && day && year ? `${day} ${name} ${year}` : iso;
}
