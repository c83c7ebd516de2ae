/** The longest `?data=` address used: longer ones are refused, with an alert, rather than dropped. */
export const maxDataAddressLength = 2048;

export const tooLongMessage = (length: number) =>
  `the address is too long to use: ${length.toLocaleString("en-US")} characters, the limit is ${maxDataAddressLength.toLocaleString("en-US")}; serve the file and give its address instead`;
