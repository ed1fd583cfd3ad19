/**
 * R6 alternate sender addresses, as the settings show them. The data and the calls behind them
 * (confirmation mail, codes, tokens) come from elsewhere: the view takes them as props.
 */
export interface AlternateAddress {
  address: string;
  /** pending until confirmed by the link or the code in the confirmation mail (R6.2) */
  status: 'pending' | 'verified';
  /** when the last confirmation mail went out (epoch ms), for "sent at …" */
  sentAt?: number;
}

export interface AlternatesProps {
  /** the alternates only; the account's own address is listed first by the view (R6.4) */
  addresses: readonly AlternateAddress[];
  /** sends the confirmation mail; rejects if that failed */
  onAdd(address: string): Promise<void>;
  /** the code typed from the confirmation mail; rejects if it is wrong or expired */
  onConfirm?(address: string, code: string): Promise<void>;
  onResend?(address: string): Promise<void>;
  onRemove?(address: string): Promise<void>;
}
