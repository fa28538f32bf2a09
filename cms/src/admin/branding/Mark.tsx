/** Velkomst's mark: a house with a heart in its door. Decorative: the text beside it names it. */
export function Mark({ size = 32 }: { size?: number }) {
  return (
    <svg aria-hidden="true" focusable="false" height={size} viewBox="0 0 64 64" width={size}>
      <rect fill="#0b57d0" height="64" rx="14" width="64" />
      <path d="M32 12 10 31h6v21h12V39h8v13h12V31h6z" fill="#fff" />
      <path
        d="M32 44.5c-.6 0-5.5-3.6-5.5-7 0-1.8 1.3-3.2 3-3.2 1.1 0 2 .6 2.5 1.4.5-.8 1.4-1.4 2.5-1.4 1.7 0 3 1.4 3 3.2 0 3.4-4.9 7-5.5 7z"
        fill="#0b57d0"
      />
    </svg>
  )
}
