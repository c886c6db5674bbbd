/**
 * The names that differ between Microsoft 365 clouds, in one table every rule reads: tenant and
 * routing domains, the Exchange Online Protection MX suffix, the SPF include, autodiscover, the
 * legacy DKIM target suffix and the admin center. Worldwide includes GCC, which uses the worldwide
 * names.
 *
 * Sources: "Microsoft 365 GCC High and DoD endpoints"
 * (https://learn.microsoft.com/en-us/microsoft-365/enterprise/microsoft-365-u-s-government-gcc-high-endpoints)
 * and "Microsoft 365 operated by 21Vianet endpoints"
 * (https://learn.microsoft.com/en-us/microsoft-365/enterprise/urls-and-ip-address-ranges-21vianet);
 * domain-brief section 7.7.
 */

export type MicrosoftCloud = 'worldwide' | 'gcc-high' | 'dod' | '21vianet'

export const MICROSOFT_CLOUDS: readonly MicrosoftCloud[] = [
  'worldwide',
  'gcc-high',
  'dod',
  '21vianet'
]

export type CloudNames = {
  cloud: MicrosoftCloud
  /** What the project form shows. */
  label: string
  /** The initial (tenant) domain's suffix, with its leading dot: ".onmicrosoft.com". */
  tenantSuffix: string
  /** The hybrid routing domain's suffix: mailboxes are reached at <tenant>.mail.onmicrosoft.com. */
  routingSuffix: string
  /** The suffix of a domain's EOP MX host: "<key>.mail.protection.outlook.com". */
  mxSuffix: string
  /** The TLS domain on-premises send connectors expect from Exchange Online Protection. */
  eopTlsDomain: string
  /** The SPF include that lists Exchange Online's senders. */
  spfInclude: string
  /** The cloud-only autodiscover target (wrong while on-premises mailboxes remain). */
  autodiscover: string
  /** Legacy DKIM CNAME targets end in "<tenant>" plus this suffix. */
  dkimTenantSuffix: string
  /** The admin center where the domain's assigned records are shown. */
  adminCenter: string
  /** The public page for this cloud's names. */
  sourceUrl: string
}

const WORLDWIDE_SOURCE =
  'https://learn.microsoft.com/en-us/microsoft-365/enterprise/urls-and-ip-address-ranges'
const US_GOVERNMENT_SOURCE =
  'https://learn.microsoft.com/en-us/microsoft-365/enterprise/microsoft-365-u-s-government-gcc-high-endpoints'
const VIANET_SOURCE =
  'https://learn.microsoft.com/en-us/microsoft-365/enterprise/urls-and-ip-address-ranges-21vianet'

const US_GOVERNMENT = {
  tenantSuffix: '.onmicrosoft.us',
  routingSuffix: '.mail.onmicrosoft.us',
  mxSuffix: '.mail.protection.office365.us',
  eopTlsDomain: 'mail.protection.office365.us',
  spfInclude: 'spf.protection.office365.us',
  autodiscover: 'autodiscover.office365.us',
  dkimTenantSuffix: '.onmicrosoft.us',
  sourceUrl: US_GOVERNMENT_SOURCE
} as const

export const CLOUD_NAMES: Readonly<Record<MicrosoftCloud, CloudNames>> = {
  worldwide: {
    cloud: 'worldwide',
    label: 'Worldwide (including GCC)',
    tenantSuffix: '.onmicrosoft.com',
    routingSuffix: '.mail.onmicrosoft.com',
    mxSuffix: '.mail.protection.outlook.com',
    eopTlsDomain: 'mail.protection.outlook.com',
    spfInclude: 'spf.protection.outlook.com',
    autodiscover: 'autodiscover.outlook.com',
    dkimTenantSuffix: '.onmicrosoft.com',
    adminCenter: 'https://admin.microsoft.com',
    sourceUrl: WORLDWIDE_SOURCE
  },
  'gcc-high': {
    cloud: 'gcc-high',
    label: 'GCC High',
    ...US_GOVERNMENT,
    adminCenter: 'https://portal.office365.us'
  },
  dod: {
    cloud: 'dod',
    label: 'DoD',
    ...US_GOVERNMENT,
    adminCenter: 'https://portal.apps.mil'
  },
  '21vianet': {
    cloud: '21vianet',
    label: 'Operated by 21Vianet (China)',
    tenantSuffix: '.partner.onmschina.cn',
    routingSuffix: '.mail.partner.onmschina.cn',
    mxSuffix: '.mail.protection.partner.outlook.cn',
    eopTlsDomain: 'mail.protection.partner.outlook.cn',
    spfInclude: 'spf.protection.partner.outlook.cn',
    autodiscover: 'autodiscover.partner.outlook.cn',
    dkimTenantSuffix: '.partner.onmschina.cn',
    adminCenter: 'https://portal.partner.microsoftonline.cn',
    sourceUrl: VIANET_SOURCE
  }
}

/** Whether a stored value is one of the clouds. */
export function isMicrosoftCloud(value: unknown): value is MicrosoftCloud {
  return (MICROSOFT_CLOUDS as readonly unknown[]).includes(value)
}

/** The names of a project's cloud; projects stored before the setting existed are worldwide. */
export function cloudNames(project?: { cloud?: MicrosoftCloud } | MicrosoftCloud): CloudNames {
  const cloud = typeof project === 'string' ? project : project?.cloud
  return CLOUD_NAMES[isMicrosoftCloud(cloud) ? cloud : 'worldwide']
}

/** The tenant prefix ("contoso") of an initial domain in any cloud, or the name as typed. */
export function tenantPrefix(tenantName: string): string {
  const name = tenantName.trim().toLowerCase().replace(/\.$/, '')
  for (const cloud of MICROSOFT_CLOUDS) {
    const suffix = CLOUD_NAMES[cloud].tenantSuffix
    if (name.endsWith(suffix)) return name.slice(0, -suffix.length)
  }
  return name
}

/** The placeholders every command can use whatever the project knows: the cloud's names. */
export function cloudPlaceholders(names: CloudNames): Record<string, string> {
  return {
    eopMxSuffix: names.mxSuffix,
    eopTlsDomain: names.eopTlsDomain,
    spfInclude: names.spfInclude,
    routingSuffix: names.routingSuffix
  }
}
