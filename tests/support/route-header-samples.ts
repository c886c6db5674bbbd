/**
 * Real-shaped header sets for route tests. The shapes follow real Exchange Online headers:
 * microsoft/MHA's test data (EOP front door `*.mail.protection.outlook.com … via Frontend
 * Transport`, EOP hops under `*.eop-NAMxx.prod.protection.outlook.com`, mailbox servers under
 * `*.prod.outlook.com` with `15.20` ids) and public list mail from hybrid tenants (on-premises
 * Exchange 2016/2019 ids, HybridOnPrem attribution, outbound via `*-obe.outbound.protection…`).
 * Names and addresses are Contoso's from the reference page; the tenant id is made up.
 */

export const TENANT_ID = '5a0d3f2e-8c1b-4e7a-9d6f-2b3c4d5e6f70'
export const OTHER_TENANT_ID = '0f9e8d7c-6b5a-4a3b-8c2d-1e0f9a8b7c6d'

export const CONTEXT = {
  onPremHosts: ['mail.contoso.com'],
  onPremIps: ['131.107.21.231'],
  tenantId: TENANT_ID
}

/** Joins lines with CRLF (as in a .eml file) or LF (as pasted from most tools). */
export function lines(text: readonly string[], eol: '\r\n' | '\n' = '\n'): string {
  return text.join(eol)
}

const ONPREM_SUBMISSION = [
  'Received: from EXCH01.contoso.local (10.0.0.5) by mail.contoso.com',
  ' (10.0.0.6) with Microsoft SMTP Server (version=TLS1_2,',
  ' cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.2.1544.4; Mon, 7 Dec 2026',
  ' 07:10:08 -0600',
  'Received: from EXCH01.contoso.local ([fe80::1c2d:3e4f:5a6b:7c8d]) by',
  ' EXCH01.contoso.local ([fe80::1c2d:3e4f:5a6b:7c8d%12]) with mapi id',
  ' 15.02.1544.004; Mon, 7 Dec 2026 07:10:07 -0600'
]

/** Scenario 1/4, on-premises mailbox → Exchange Online → internet, read at an external mailbox. */
export const ONPREM_VIA_CLOUD_TO_INTERNET = lines(
  [
    'Delivered-To: tester@example.net',
    'Received: from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2101.outbound.protection.outlook.com. [40.107.237.101])',
    '        by mx.example.net with ESMTPS id a1si123456qkb.123.2026.12.07.05.10.12',
    '        for <tester@example.net>',
    '        (version=TLS1_2 cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128);',
    '        Mon, 07 Dec 2026 05:10:13 -0800 (PST)',
    'Authentication-Results: mx.example.net;',
    '       dkim=pass header.i=@contoso.com header.s=selector1 header.b=Xy12ab;',
    '       spf=pass (example.net: domain of adele@contoso.com designates 40.107.237.101 as permitted sender) smtp.mailfrom=adele@contoso.com;',
    '       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=contoso.com',
    'Received: from CY4PEPF0000EDD1.namprd03.prod.outlook.com (2603:10b6:903:115::12)',
    ' by SA1PR12MB6000.namprd12.prod.outlook.com (2603:10b6:806:2a1::9) with',
    ' Microsoft SMTP Server (version=TLS1_2,',
    ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8534.20; Mon, 7 Dec',
    ' 2026 13:10:11 +0000',
    'Received: from mail.contoso.com (131.107.21.231) by',
    ' CY4PEPF0000EDD1.mail.protection.outlook.com (10.167.241.205) with Microsoft',
    ' SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id',
    ' 15.20.8534.20 via Frontend Transport; Mon, 7 Dec 2026 13:10:10 +0000',
    'Received-SPF: Pass (protection.outlook.com: domain of contoso.com designates',
    ' 131.107.21.231 as permitted sender) receiver=protection.outlook.com;',
    ' client-ip=131.107.21.231; helo=mail.contoso.com; pr=C',
    ...ONPREM_SUBMISSION,
    'From: Adele Vance <adele@contoso.com>',
    'To: <tester@example.net>',
    'Subject: =?utf-8?B?Um91dGUgdGVzdCDinJM=?= =?utf-8?Q?_on-premises_=E2=86=92_internet?=',
    'Date: Mon, 7 Dec 2026 13:10:07 +0000',
    'Message-ID: <a1b2c3@EXCH01.contoso.local>',
    'X-MS-Exchange-CrossTenant-Id: ' + TENANT_ID,
    'X-MS-Exchange-CrossTenant-OriginalAttributedTenantConnectingIp: TenantId=' +
      TENANT_ID +
      ';Ip=[131.107.21.231];Helo=[mail.contoso.com]',
    'X-MS-Exchange-CrossTenant-FromEntityHeader: HybridOnPrem',
    'X-Forefront-Antispam-Report:',
    '\tCIP:131.107.21.231;CTRY:US;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:mail.contoso.com;PTR:mail.contoso.com;CAT:NONE;SFS:(13230040)(82310400026);DIR:OUT;SFP:1101;',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
    '',
    'Body text: Received: from evil.example by CY4PR.prod.outlook.com; must not be read.'
  ],
  '\r\n'
)

/** The same test when the on-premises send connector still delivers directly. */
export const ONPREM_DIRECT_TO_INTERNET = lines([
  'Received: from mail.contoso.com (mail.contoso.com. [131.107.21.231])',
  '        by mx.example.net with ESMTPS id z9si654321qkb.77.2026.12.07.05.20.01',
  '        for <tester@example.net>;',
  '        Mon, 07 Dec 2026 05:20:01 -0800 (PST)',
  'Received-SPF: pass (example.net: domain of adele@contoso.com designates 131.107.21.231 as permitted sender) client-ip=131.107.21.231;',
  'Received: from EXCH01.contoso.local (10.0.0.5) by mail.contoso.com',
  ' (10.0.0.6) with Microsoft SMTP Server (version=TLS1_2,',
  ' cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.2.1544.4; Mon, 7 Dec 2026',
  ' 07:19:59 -0600',
  'X-CrossPremisesHeadersFilteredBySendConnector: mail.contoso.com',
  'From: Adele Vance <adele@contoso.com>',
  'Subject: Route test'
])

/** Internet → cloud mailbox through EOP (scenario 1), read in the cloud mailbox; modelled on MHA's samples. */
export const INTERNET_TO_CLOUD_VIA_EOP = lines([
  'Received: from BN3NAM04HT205.eop-NAM04.prod.protection.outlook.com',
  ' (2a01:111:e400:c418::34) by SN1PR16MB0494.namprd16.prod.outlook.com with',
  ' HTTPS via SN1PR15CA0024.NAMPRD15.PROD.OUTLOOK.COM; Mon, 7 Dec 2026 13:01:33',
  ' +0000',
  'Received: from BN3NAM04FT003.eop-NAM04.prod.protection.outlook.com',
  ' (10.152.92.53) by BN3NAM04HT205.eop-NAM04.prod.protection.outlook.com',
  ' (10.152.93.134) with Microsoft SMTP Server (version=TLS1_2,',
  ' cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id 15.20.696.11; Mon, 7',
  ' Dec 2026 13:01:32 +0000',
  'Authentication-Results: spf=pass (sender IP is 198.51.100.25)',
  ' smtp.mailfrom=fabrikam.com; dkim=pass (signature was verified)',
  ' header.d=fabrikam.com;dmarc=pass action=none',
  ' header.from=fabrikam.com;compauth=pass reason=100',
  'Received-SPF: Pass (protection.outlook.com: domain of fabrikam.com designates',
  ' 198.51.100.25 as permitted sender) receiver=protection.outlook.com;',
  ' client-ip=198.51.100.25; helo=mail.fabrikam.com;',
  'Received: from mail.fabrikam.com (198.51.100.25) by',
  ' BN3NAM04FT003.mail.protection.outlook.com (10.152.92.112) with Microsoft SMTP',
  ' Server id 15.20.696.11 via Frontend Transport; Mon, 7 Dec 2026 13:01:30',
  ' +0000',
  'Received: from localhost (10.0.22.21) by mail.fabrikam.com (Postfix) id hrakoo0lrlgv',
  ' for <adele@contoso.com>; Mon, 7 Dec 2026 08:01:19 -0500 (envelope-from <sender@fabrikam.com>)',
  'X-MS-Exchange-Organization-AuthAs: Anonymous',
  'X-MS-Exchange-Organization-MessageDirectionality: Incoming',
  'X-MS-Exchange-CrossTenant-Id: ' + TENANT_ID,
  'X-MS-Exchange-CrossTenant-FromEntityHeader: Internet',
  'X-Forefront-Antispam-Report: CIP:198.51.100.25;CTRY:US;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:mail.fabrikam.com;PTR:mail.fabrikam.com;CAT:NONE;SFS:;DIR:INB;',
  'From: =?iso-8859-1?Q?J=FCrgen_M=FCller?= <sender@fabrikam.com>',
  'Subject: Route test from the internet'
])

/** The same message with hops below the sender's that name Microsoft and Contoso (forged-looking). */
export const INTERNET_TO_CLOUD_WITH_FORGED_HOPS = lines([
  INTERNET_TO_CLOUD_VIA_EOP.split('\nX-MS-Exchange-Organization-AuthAs')[0] ?? '',
  'Received: from mail.contoso.com (131.107.21.231) by',
  ' CY4PR03MB1234.namprd03.prod.outlook.com (2603:10b6:903:115::12) with Microsoft SMTP',
  ' Server id 15.20.8534.20; Mon, 7 Dec 2026 12:59:00 +0000',
  'Subject: Urgent invoice'
])

const CLOUD_SUBMISSION = [
  'Received: from PH0PR11MB5000.namprd11.prod.outlook.com',
  ' ([fe80::6d1a:2b3c:4d5e:6f70]) by PH0PR11MB5000.namprd11.prod.outlook.com',
  ' ([fe80::6d1a:2b3c:4d5e:6f70%3]) with mapi id 15.20.8534.020; Mon, 7 Dec 2026',
  ' 13:30:00 +0000'
]

/** Cloud mailbox → internet without any on-premises hop, read at an external mailbox. */
export const CLOUD_DIRECT_TO_INTERNET = lines([
  'Received: from NAM10-DM6-obe.outbound.protection.outlook.com (mail-dm6nam10on2045.outbound.protection.outlook.com. [40.107.93.45])',
  '        by mx.example.net with ESMTPS id q7si111qkb.9.2026.12.07.05.30.02',
  '        for <tester@example.net>;',
  '        Mon, 07 Dec 2026 05:30:02 -0800 (PST)',
  'Received: from PH0PR11MB5000.namprd11.prod.outlook.com (2603:10b6:510:41::5) by',
  ' SA1PR11MB6000.namprd11.prod.outlook.com (2603:10b6:806:2a1::9) with Microsoft',
  ' SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id',
  ' 15.20.8534.20; Mon, 7 Dec 2026 13:30:01 +0000',
  ...CLOUD_SUBMISSION,
  'X-MS-Exchange-CrossTenant-Id: ' + TENANT_ID,
  'X-MS-Exchange-CrossTenant-FromEntityHeader: Hosted',
  'X-Forefront-Antispam-Report: CIP:255.255.255.255;CTRY:;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:PH0PR11MB5000.namprd11.prod.outlook.com;PTR:;CAT:NONE;SFS:;DIR:OUT;',
  'From: Megan Bowen <megan@contoso.com>',
  'Subject: Route test cloud to internet'
])

/** The same, but forwarded by an inbox rule of the cloud mailbox. */
export const CLOUD_FORWARDED_TO_INTERNET = CLOUD_DIRECT_TO_INTERNET.replace(
  'From: Megan Bowen',
  'X-MS-Exchange-Inbox-Rules-Loop: megan@contoso.com\nFrom: Megan Bowen'
)

/** Cloud mailbox → internet under centralized mail transport, on-premises delivering directly. */
export const CLOUD_VIA_ONPREM_TO_INTERNET = lines([
  'Received: from mail.contoso.com (mail.contoso.com. [131.107.21.231])',
  '        by mx.example.net with ESMTPS id c3si222qkb.4.2026.12.07.05.40.05',
  '        for <tester@example.net>;',
  '        Mon, 07 Dec 2026 05:40:05 -0800 (PST)',
  'Received: from NAM10-DM6-obe.outbound.protection.outlook.com (40.107.93.45) by',
  ' mail.contoso.com (10.0.0.6) with Microsoft SMTP Server (version=TLS1_2,',
  ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4; Mon, 7 Dec 2026',
  ' 07:40:03 -0600',
  'Received: from PH0PR11MB5000.namprd11.prod.outlook.com (2603:10b6:510:41::5) by',
  ' SA1PR11MB6000.namprd11.prod.outlook.com (2603:10b6:806:2a1::9) with Microsoft',
  ' SMTP Server id 15.20.8534.20; Mon, 7 Dec 2026 13:40:01 +0000',
  ...CLOUD_SUBMISSION.map((line) => line.replace('13:30:00', '13:40:00')),
  'X-MS-Exchange-CrossTenant-Id: ' + TENANT_ID,
  'X-MS-Exchange-CrossTenant-FromEntityHeader: Hosted',
  'X-CrossPremisesHeadersFilteredBySendConnector: mail.contoso.com',
  'Subject: Route test under centralized transport'
])

/** Internet → cloud mailbox through the on-premises servers (MX on-premises), with enhanced filtering. */
export const INTERNET_VIA_ONPREM_TO_CLOUD = lines([
  'Received: from BN1PEPF0000468D.namprd05.prod.outlook.com (2603:10b6:408:e6::4) by',
  ' DM6PR11MB4000.namprd11.prod.outlook.com (2603:10b6:5:1b0::12) with Microsoft',
  ' SMTP Server id 15.20.8534.20; Mon, 7 Dec 2026 13:50:04 +0000',
  'Received: from mail.contoso.com (131.107.21.231) by',
  ' BN1PEPF0000468D.mail.protection.outlook.com (10.167.243.140) with Microsoft',
  ' SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id',
  ' 15.20.8534.20 via Frontend Transport; Mon, 7 Dec 2026 13:50:03 +0000',
  'Received: from mail.fabrikam.com (198.51.100.25) by mail.contoso.com',
  ' (131.107.21.231) with Microsoft SMTP Server (version=TLS1_2,',
  ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4; Mon, 7 Dec 2026',
  ' 07:50:01 -0600',
  'X-MS-Exchange-SkipListedInternetSender: ip=[131.107.21.231];domain=mail.contoso.com',
  'X-MS-Exchange-Organization-AuthAs: Anonymous',
  'X-MS-Exchange-CrossTenant-Id: ' + TENANT_ID,
  'X-MS-Exchange-CrossTenant-FromEntityHeader: HybridOnPrem',
  'Authentication-Results: spf=pass (sender IP is 198.51.100.25)',
  ' smtp.mailfrom=fabrikam.com; dkim=none (message not signed)',
  ' header.d=none;dmarc=bestguesspass action=none header.from=fabrikam.com;compauth=pass reason=109',
  'Subject: Route test through on-premises'
])

/** Internet → a third-party filter → Exchange Online Protection → cloud mailbox. */
export const INTERNET_VIA_GATEWAY_TO_CLOUD = lines([
  'Received: from SN7PEPF00000123.namprd05.prod.outlook.com (2603:10b6:806:123::6) by',
  ' MW4PR11MB7000.namprd11.prod.outlook.com with Microsoft SMTP Server id',
  ' 15.20.8534.20; Mon, 7 Dec 2026 14:00:07 +0000',
  'Received: from us-smtp-delivery-162.mimecast.com (170.10.133.162) by',
  ' SN7PEPF00000123.mail.protection.outlook.com (10.167.241.6) with Microsoft SMTP',
  ' Server id 15.20.8534.20 via Frontend Transport; Mon, 7 Dec 2026 14:00:06 +0000',
  'Received: from mail.fabrikam.com (mail.fabrikam.com [198.51.100.25]) by',
  ' relay.mimecast.com with ESMTP id us-mta-71-abcDEF; Mon, 07 Dec 2026 09:00:04 -0500',
  'X-MS-Exchange-SkipListedInternetSender: ip=[170.10.133.162];domain=us-smtp-delivery-162.mimecast.com',
  'X-MS-Exchange-CrossTenant-FromEntityHeader: Internet',
  'Subject: Through the filter'
])

/** On-premises mailbox → cloud mailbox, healthy hybrid mail (Internal, HybridOnPrem), read in the cloud mailbox. */
export const ONPREM_TO_CLOUD_HEALTHY = lines([
  'Received: from CO1PEPF000044F0.namprd05.prod.outlook.com (2603:10b6:303:c0::1) by',
  ' BL1PR11MB5000.namprd11.prod.outlook.com with Microsoft SMTP Server id',
  ' 15.20.8534.20; Mon, 7 Dec 2026 14:10:03 +0000',
  'Received: from mail.contoso.com (131.107.21.231) by',
  ' CO1PEPF000044F0.mail.protection.outlook.com (10.167.241.70) with Microsoft',
  ' SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id',
  ' 15.20.8534.20 via Frontend Transport; Mon, 7 Dec 2026 14:10:02 +0000',
  ...ONPREM_SUBMISSION,
  'X-MS-Exchange-Organization-AuthAs: Internal',
  'X-MS-Exchange-Organization-AuthSource: mail.contoso.com',
  'X-MS-Exchange-Organization-MessageDirectionality: Originating',
  'X-MS-Exchange-CrossTenant-Id: ' + TENANT_ID,
  'X-MS-Exchange-CrossTenant-FromEntityHeader: HybridOnPrem',
  'X-Forefront-Antispam-Report: CIP:131.107.21.231;CTRY:;LANG:en;SCL:-1;SRV:;IPV:NLI;SFV:SKI;H:mail.contoso.com;PTR:;CAT:NONE;SFS:;DIR:INT;',
  'Subject: Cross-premises test'
])

/** The same when the send connector is not cloud-enabled: headers filtered, anonymous. */
export const ONPREM_TO_CLOUD_FILTERED = ONPREM_TO_CLOUD_HEALTHY.replace(
  'X-MS-Exchange-Organization-AuthAs: Internal',
  'X-MS-Exchange-Organization-AuthAs: Anonymous\nX-CrossPremisesHeadersFilteredBySendConnector: mail.contoso.com'
).replace('FromEntityHeader: HybridOnPrem', 'FromEntityHeader: Internet')

/** Cloud mailbox → on-premises mailbox, read on-premises. */
export const CLOUD_TO_ONPREM = lines([
  'Received: from NAM10-DM6-obe.outbound.protection.outlook.com (40.107.93.45) by',
  ' mail.contoso.com (10.0.0.6) with Microsoft SMTP Server (version=TLS1_2,',
  ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4; Mon, 7 Dec 2026',
  ' 08:20:03 -0600',
  ...CLOUD_SUBMISSION.map((line) => line.replace('13:30:00', '14:20:00')),
  'X-MS-Exchange-Organization-AuthAs: Internal',
  'X-MS-Exchange-CrossTenant-Id: ' + TENANT_ID,
  'X-MS-Exchange-CrossTenant-FromEntityHeader: Hosted',
  'Subject: Cloud to on-premises'
])

/** On-premises → internet through Exchange Online, attributed to someone else's tenant as Internet. */
export const ONPREM_VIA_CLOUD_MISATTRIBUTED = ONPREM_VIA_CLOUD_TO_INTERNET.replaceAll(
  TENANT_ID,
  OTHER_TENANT_ID
).replace('FromEntityHeader: HybridOnPrem', 'FromEntityHeader: Internet')

/** On-premises → internet leaving through Microsoft's relay pool. */
export const ONPREM_VIA_RELAY_POOL = ONPREM_VIA_CLOUD_TO_INTERNET.replace(
  'from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2101.outbound.protection.outlook.com. [40.107.237.101])',
  'from NAM12-BN8-obe.rly.outbound.protection.outlook.com (mail-bn8nam12rly2101.outbound.protection.outlook.com. [40.95.12.101])'
)

/** GCC High and 21Vianet host names in the same shapes. */
export const GCC_HIGH_INTERNET_TO_CLOUD = lines([
  'Received: from BN1GCC01HT005.eop-gcc01.prod.protection.office365.us (2001:489a:2202:d::5) by',
  ' SA1P110MB1234.NAMP110.PROD.OUTLOOK.OFFICE365.US with HTTPS; Mon, 7 Dec 2026 14:30:03 +0000',
  'Received: from mail.fabrikam.com (198.51.100.25) by',
  ' BN1GCC01FT003.mail.protection.office365.us (10.97.20.3) with Microsoft SMTP',
  ' Server id 15.20.8534.20 via Frontend Transport; Mon, 7 Dec 2026 14:30:02 +0000',
  'Subject: GCC High'
])

export const VIANET_CLOUD_TO_INTERNET = lines([
  'Received: from CHN01-SH0-obe.outbound.protection.partner.outlook.cn (42.159.163.80) by',
  ' mx.example.net with ESMTPS id x; Mon, 7 Dec 2026 14:40:03 +0000',
  'Received: from BJXPR01MB0001.CHNPR01.prod.partner.outlook.cn (10.43.33.5) by',
  ' BJXPR01MB0002.CHNPR01.prod.partner.outlook.cn (10.43.33.6) with Microsoft SMTP',
  ' Server id 15.20.8534.20; Mon, 7 Dec 2026 14:40:02 +0000',
  'Subject: 21Vianet'
])
