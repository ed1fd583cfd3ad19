/** The fields of one server: host, port, security, user name and (optionally) password. */
import { useTranslation } from 'react-i18next';
import type { TlsMode } from '../../../../../shared/settings/account';
import { Field } from '../../../components/Field';
import { SelectField } from '../../../components/SelectField';
import { serverProblems, updateServer, type ServerDraft, type ServerKind, type ServerProblem } from './serverDraft';
import '../../../styles/account.css';

export interface PasswordFieldOptions {
  label: string;
  hint?: string;
  placeholder?: string;
}

export interface ServerFieldsProps {
  kind: ServerKind;
  value: ServerDraft;
  onChange(next: ServerDraft): void;
  /** leave out to ask for the password elsewhere */
  password?: PasswordFieldOptions;
  /** show what is missing or wrong (after the user tried to go on) */
  showProblems?: boolean;
}

export function ServerFields({ kind, value, onChange, password, showProblems }: ServerFieldsProps) {
  const { t } = useTranslation();
  const problems = showProblems ? serverProblems(value) : {};
  const edit = (patch: Partial<ServerDraft>) => onChange(updateServer(kind, value, patch));
  const problem = (p: ServerProblem | undefined) => (p ? t(`settings.server.problem.${p}`) : undefined);
  return (
    <div className="server-fields">
      <Field
        className="server-host"
        label={t('settings.server.host')}
        value={value.host}
        onChange={(e) => edit({ host: e.target.value })}
        placeholder={t(`settings.server.hostExample.${kind}`)}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="off"
        error={problem(problems.host)}
      />
      <Field
        className="server-port"
        label={t('settings.server.port')}
        value={value.port}
        onChange={(e) => edit({ port: e.target.value })}
        inputMode="numeric"
        autoComplete="off"
        error={problem(problems.port)}
      />
      <SelectField
        className="server-tls"
        label={t('settings.server.security')}
        value={value.tls}
        onChange={(tls) => edit({ tls: tls as TlsMode })}
        options={[
          { value: 'implicit', label: t('settings.server.tls.implicit') },
          { value: 'starttls', label: t('settings.server.tls.starttls') },
        ]}
      />
      <Field
        className="server-user"
        label={t('settings.server.user')}
        value={value.user}
        onChange={(e) => edit({ user: e.target.value })}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="off"
        error={problem(problems.user)}
      />
      {password && (
        <Field
          className="server-password"
          type="password"
          label={password.label}
          hint={password.hint}
          placeholder={password.placeholder}
          value={value.password}
          onChange={(e) => edit({ password: e.target.value })}
          autoComplete="new-password"
        />
      )}
    </div>
  );
}
