/** A value to hand on (an address, a code): shown in full, selectable at once, with a copy button. */
import { useRef } from 'react';
import { CopyButton } from './CopyButton';
import { cx } from './classNames';
import '../styles/components.css';

export interface CopyableTextProps {
  value: string;
  /** names what is copied, for screen readers (e.g. "Copy the BCC address") */
  copyLabel?: string;
  /** a larger rendering, for the one value a screen is about */
  prominent?: boolean;
  testId?: string;
}

export function CopyableText({ value, copyLabel, prominent, testId }: CopyableTextProps) {
  const valueRef = useRef<HTMLElement>(null);
  const selectValue = () => {
    const node = valueRef.current;
    const selection = window.getSelection();
    if (!node || !selection) return;
    selection.selectAllChildren(node);
  };
  return (
    <div className={cx('copyable', prominent && 'is-prominent')}>
      <code ref={valueRef} className="copyable-value" data-testid={testId}>
        {value}
      </code>
      <CopyButton text={value} ariaLabel={copyLabel} onRefused={selectValue} />
    </div>
  );
}
