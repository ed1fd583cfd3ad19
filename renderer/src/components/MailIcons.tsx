/** Small line icons drawn inline (no icon font, no remote file). Decorative: always aria-hidden. */
import type { ReactNode } from 'react';

function Icon({ children, size = 14 }: { children: ReactNode; size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round">
      {children}
    </svg>
  );
}

export function LockIcon() {
  return (
    <Icon>
      <rect x="3.5" y="7" width="9" height="6.5" rx="1.5" />
      <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
    </Icon>
  );
}

export function PeopleIcon() {
  return (
    <Icon>
      <circle cx="6" cy="5.5" r="2.2" />
      <path d="M2 13.5c0-2.3 1.8-3.8 4-3.8s4 1.5 4 3.8" />
      <circle cx="11.3" cy="6" r="1.7" />
      <path d="M11 9.8c1.8 0 3 1.2 3 3.2" />
    </Icon>
  );
}

export function PaperclipIcon() {
  return (
    <Icon>
      <path d="M10.5 4.5 5.8 9.2a1.5 1.5 0 0 0 2.1 2.1l4.6-4.6a3 3 0 0 0-4.2-4.2L3.7 7.1a4.5 4.5 0 0 0 6.4 6.4l3.4-3.4" />
    </Icon>
  );
}

export function ForwardIcon() {
  return (
    <Icon>
      <path d="M9.5 3.5 13.5 7.5 9.5 11.5" />
      <path d="M13.5 7.5H7a4 4 0 0 0-4 4v1" />
    </Icon>
  );
}

export function ReplyIcon() {
  return (
    <Icon>
      <path d="M6.5 3.5 2.5 7.5 6.5 11.5" />
      <path d="M2.5 7.5H9a4 4 0 0 1 4 4v1" />
    </Icon>
  );
}

export function ReplyAllIcon() {
  return (
    <Icon>
      <path d="M5 4 1.5 7.5 5 11" />
      <path d="M8.5 4 5 7.5 8.5 11" />
      <path d="M5 7.5h5a4 4 0 0 1 4 4v1" />
    </Icon>
  );
}

export function LinkIcon() {
  return (
    <Icon>
      <path d="M6.8 9.2a2.6 2.6 0 0 0 3.7 0l2.2-2.2a2.6 2.6 0 0 0-3.7-3.7l-.9.9" />
      <path d="M9.2 6.8a2.6 2.6 0 0 0-3.7 0L3.3 9a2.6 2.6 0 0 0 3.7 3.7l.9-.9" />
    </Icon>
  );
}

export function ImageIcon() {
  return (
    <Icon>
      <rect x="2" y="3" width="12" height="10" rx="1.5" />
      <circle cx="6" cy="6.5" r="1.2" />
      <path d="m2.5 12 3.8-3.6 2.7 2.4 2-1.8 2.5 2.5" />
    </Icon>
  );
}

export function CloseIcon() {
  return (
    <Icon size={16}>
      <path d="M4 4l8 8M12 4l-8 8" />
    </Icon>
  );
}

export function TrashIcon() {
  return (
    <Icon>
      <path d="M2.5 4.5h11M6.5 4.5V3h3v1.5M4 4.5l.7 9h6.6l.7-9" />
    </Icon>
  );
}
