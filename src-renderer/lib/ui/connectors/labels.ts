/** Display words for connectors and their warnings. */
import type {
  ConnectorIdentification,
  ConnectorSide,
  ConnectorStatus
} from '../../domain/connectors/model'
import type { ConnectorWarningSeverity } from '../../domain/connectors/warnings'
import type { StepId } from '../../domain/types'

export {
  CONNECTOR_STATUS_LABELS as STATUS_LABELS,
  DIRECTION_LABELS,
  SEVERITY_LABELS
} from '../../domain/labels'

export const SIDE_LABELS: Readonly<Record<ConnectorSide, string>> = {
  inbound: 'Inbound (New-InboundConnector)',
  outbound: 'Outbound (New-OutboundConnector)'
}

export const STATUS_TONES = {
  planned: 'neutral',
  created: 'info',
  verified: 'ok'
} as const satisfies Record<ConnectorStatus, string>

export const SEVERITY_TONES = {
  error: 'danger',
  warning: 'warn',
  info: 'info'
} as const satisfies Record<ConnectorWarningSeverity, string>

/** Severity order for lists: errors first. */
export const SEVERITY_ORDER: readonly ConnectorWarningSeverity[] = ['error', 'warning', 'info']

/** The checklist steps a connector can satisfy, in catalog order. */
export const CONNECTOR_STEP_IDS: readonly StepId[] = [
  'connector-cloud-to-onprem',
  'connector-onprem-to-cloud',
  'enable-cmt',
  'restrict-inbound-to-mx-path',
  'partner-connectors',
  'hybrid-configuration-wizard'
]

/** How the connector identifies the sending server, in one phrase. */
export function identificationText(identification: ConnectorIdentification): string {
  switch (identification.kind) {
    case 'certificate':
      return `Certificate ${identification.certificateName}`
    case 'ip':
      return `Sender IPs ${identification.senderIps.join(', ')}`
    case 'none':
      return '—'
  }
}

/** A list for display: the values joined, or a dash when there are none. */
export function listText(values: readonly string[]): string {
  return values.length === 0 ? '—' : values.join(', ')
}
