/**
 * What DNS tools print, written out as users paste it: Windows nslookup (spaces, TXT strings on
 * their own indented lines), BIND nslookup (tabs, TXT on one line, trailing dots), dig (full and
 * +short) and PowerShell's Resolve-DnsName (table and list views, and its error record).
 */

export const NSLOOKUP_WINDOWS_MX = `C:\\Users\\admin> nslookup -type=mx contoso.com
Server:  UnKnown
Address:  192.168.1.1

Non-authoritative answer:
contoso.com     MX preference = 0, mail exchanger = contoso-com.mail.protection.outlook.com

contoso-com.mail.protection.outlook.com internet address = 52.101.68.18
contoso-com.mail.protection.outlook.com internet address = 52.101.68.19
`

export const NSLOOKUP_BIND_MX = `Server:\t\t127.0.0.53
Address:\t127.0.0.53#53

Non-authoritative answer:
contoso.com\tmail exchanger = 10 mail.contoso.com.
contoso.com\tmail exchanger = 0 contoso-com.mail.protection.outlook.com.

Authoritative answers can be found from:
contoso.com\tnameserver = ns1.contoso.com.
ns1.contoso.com\tinternet address = 198.51.100.53
`

export const NSLOOKUP_WINDOWS_TXT = `Server:  dns.google
Address:  8.8.8.8

Non-authoritative answer:
contoso.com     text =

        "MS=ms97284866"
contoso.com     text =

        "v=spf1 ip4:131.107.21.231 "
        "include:spf.protection.outlook.com -all"
`

export const NSLOOKUP_BIND_TXT = `Server:\t\t127.0.0.53
Address:\t127.0.0.53#53

Non-authoritative answer:
contoso.com\ttext = "MS=ms97284866"
contoso.com\ttext = "v=spf1 ip4:131.107.21.231 " "include:spf.protection.outlook.com -all"

Authoritative answers can be found from:
`

export const NSLOOKUP_BIND_CNAME = `Server:\t\t127.0.0.53
Address:\t127.0.0.53#53

Non-authoritative answer:
autodiscover.contoso.com\tcanonical name = autodiscover.outlook.com.

Authoritative answers can be found from:
`

/** nslookup -type=txt on a DKIM selector: the CNAME, then the TXT at its target. */
export const NSLOOKUP_BIND_TXT_VIA_CNAME = `Server:\t\t127.0.0.53
Address:\t127.0.0.53#53

Non-authoritative answer:
selector1._domainkey.contoso.com\tcanonical name = selector1-contoso-com._domainkey.contoso.onmicrosoft.com.
selector1-contoso-com._domainkey.contoso.onmicrosoft.com\ttext = "v=DKIM1; k=rsa; " "p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"
`

/** Plain nslookup (A) of an alias on Windows: the alias is listed under Aliases. */
export const NSLOOKUP_WINDOWS_ALIASES = `Server:  UnKnown
Address:  192.168.1.1

Non-authoritative answer:
Name:    mail.contoso.com
Addresses:  2001:db8::25
          131.107.21.231
Aliases:  autodiscover.contoso.com
`

export const NSLOOKUP_WINDOWS_NXDOMAIN = `Server:  dns.google
Address:  8.8.8.8

*** dns.google can't find nosuch.contoso.com: Non-existent domain
`

export const NSLOOKUP_BIND_NXDOMAIN = `Server:\t\t127.0.0.53
Address:\t127.0.0.53#53

** server can't find _dmarc.contoso.com: NXDOMAIN
`

export const NSLOOKUP_BIND_NO_ANSWER = `Server:\t\t127.0.0.53
Address:\t127.0.0.53#53

Non-authoritative answer:
*** Can't find autodiscover.contoso.com: No answer

Authoritative answers can be found from:
contoso.com
\torigin = ns1.contoso.com
\tmail addr = hostmaster.contoso.com
\tserial = 2024010101
\trefresh = 3600
\tretry = 600
\texpire = 86400
\tminimum = 300
`

/** Windows prints an empty answer as the zone's SOA record. */
export const NSLOOKUP_WINDOWS_NO_MX = `Server:  UnKnown
Address:  192.168.1.1

fabrikam.com
        primary name server = ns1.fabrikam.com
        responsible mail addr = hostmaster.fabrikam.com
        serial  = 2024010101
        refresh = 3600 (1 hour)
        retry   = 600 (10 mins)
        expire  = 86400 (1 day)
        default TTL = 300 (5 mins)
`

export const NSLOOKUP_WINDOWS_TIMEOUT = `DNS request timed out.
    timeout was 2 seconds.
Server:  UnKnown
Address:  192.168.1.1

DNS request timed out.
    timeout was 2 seconds.
*** Request to UnKnown timed-out
`

export const NSLOOKUP_BIND_SERVFAIL = `Server:\t\t127.0.0.53
Address:\t127.0.0.53#53

** server can't find contoso.com: SERVFAIL
`

export const DIG_MX = `
; <<>> DiG 9.18.28-1~deb12u2-Debian <<>> mx contoso.com
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 40235
;; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 65494
;; QUESTION SECTION:
;contoso.com.\t\t\tIN\tMX

;; ANSWER SECTION:
contoso.com.\t\t3600\tIN\tMX\t0 contoso-com.mail.protection.outlook.com.

;; Query time: 28 msec
;; SERVER: 127.0.0.53#53(127.0.0.53) (UDP)
;; WHEN: Tue Jan 07 10:12:44 UTC 2025
;; MSG SIZE  rcvd: 95
`

export const DIG_TXT_TWO_SPF = `; <<>> DiG 9.18.28-1~deb12u2-Debian <<>> txt contoso.com
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 61873
;; flags: qr rd ra; QUERY: 1, ANSWER: 3, AUTHORITY: 0, ADDITIONAL: 1

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;contoso.com.\t\t\tIN\tTXT

;; ANSWER SECTION:
contoso.com.\t\t3600\tIN\tTXT\t"MS=ms97284866"
contoso.com.\t\t3600\tIN\tTXT\t"v=spf1 ip4:131.107.21.231 " "include:spf.protection.outlook.com -all"
contoso.com.\t\t3600\tIN\tTXT\t"v=spf1 include:spf.protection.outlook.com \\"quoted\\" -all"

;; Query time: 31 msec
;; SERVER: 127.0.0.53#53(127.0.0.53) (UDP)
;; WHEN: Tue Jan 07 10:13:02 UTC 2025
;; MSG SIZE  rcvd: 230
`

/** dig TXT with the verification record and an SPF record split into two strings (the sample's IPs). */
export const DIG_TXT = `; <<>> DiG 9.18.28-1~deb12u2-Debian <<>> txt contoso.com
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 61873
;; flags: qr rd ra; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 1

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;contoso.com.\t\t\tIN\tTXT

;; ANSWER SECTION:
contoso.com.\t\t3600\tIN\tTXT\t"MS=ms97284866"
contoso.com.\t\t3600\tIN\tTXT\t"v=spf1 ip4:131.107.21.231 ip4:203.0.113.25 " "include:spf.protection.outlook.com -all"

;; Query time: 31 msec
;; SERVER: 127.0.0.53#53(127.0.0.53) (UDP)
;; WHEN: Tue Jan 07 10:13:02 UTC 2025
;; MSG SIZE  rcvd: 180
`

export const DIG_NXDOMAIN = `; <<>> DiG 9.18.28-1~deb12u2-Debian <<>> txt _dmarc.contoso.com
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 5150
;; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1

;; QUESTION SECTION:
;_dmarc.contoso.com.\t\tIN\tTXT

;; AUTHORITY SECTION:
contoso.com.\t\t300\tIN\tSOA\tns1.contoso.com. hostmaster.contoso.com. 2024010101 3600 600 86400 300

;; Query time: 12 msec
;; SERVER: 127.0.0.53#53(127.0.0.53) (UDP)
`

export const DIG_NOERROR_EMPTY = `;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 1203
;; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1

;; QUESTION SECTION:
;autodiscover.contoso.com.\tIN\tCNAME

;; AUTHORITY SECTION:
contoso.com.\t\t300\tIN\tSOA\tns1.contoso.com. hostmaster.contoso.com. 2024010101 3600 600 86400 300
`

export const DIG_SERVFAIL = `; <<>> DiG 9.18.28 <<>> mx contoso.com
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: SERVFAIL, id: 7001
;; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1

;; QUESTION SECTION:
;contoso.com.\t\t\tIN\tMX
`

export const DIG_TIMEOUT = `; <<>> DiG 9.18.28 <<>> mx contoso.com
;; global options: +cmd
;; connection timed out; no servers could be reached
`

export const DIG_SHORT_TXT = `"MS=ms97284866"
"v=spf1 ip4:131.107.21.231 " "include:spf.protection.outlook.com -all"
`

export const DIG_SHORT_MX = `0 contoso-com.mail.protection.outlook.com.
`

export const DIG_SHORT_CNAME = `autodiscover.outlook.com.
autod.ms-acdc-autod.office.com.
52.97.146.200
`

export const RESOLVE_MX_TABLE = `PS C:\\> Resolve-DnsName -Type MX contoso.com

Name                                     Type   TTL   Section    NameExchange                              Preference
----                                     ----   ---   -------    ------------                              ----------
contoso.com                              MX     3600  Answer     contoso-com.mail.protection.outlook.com   0

Name       : contoso-com.mail.protection.outlook.com
QueryType  : A
TTL        : 10
Section    : Additional
IP4Address : 52.101.68.18
`

export const RESOLVE_TXT_TABLE = `Name                                     Type   TTL   Section    Strings
----                                     ----   ---   -------    -------
contoso.com                              TXT    3600  Answer     {MS=ms97284866}
contoso.com                              TXT    3600  Answer     {v=spf1 ip4:131.107.21.231 include:spf.protection.outlook.com -all}
`

export const RESOLVE_TXT_LIST = `

Name    : contoso.com
Type    : TXT
TTL     : 3600
Section : Answer
Strings : {v=spf1 ip4:131.107.21.231 , include:spf.protection.outlook.com -all}

Name    : contoso.com
Type    : TXT
TTL     : 3600
Section : Answer
Strings : {MS=ms97284866}

`

export const RESOLVE_CNAME_TABLE = `Name                           Type   TTL   Section    NameHost
----                           ----   ---   -------    --------
autodiscover.contoso.com       CNAME  3600  Answer     mail.contoso.com

Name       : mail.contoso.com
QueryType  : A
TTL        : 3600
Section    : Answer
IP4Address : 131.107.21.231
`

export const RESOLVE_TRUNCATED = `Name                                     Type   TTL   Section    Strings
----                                     ----   ---   -------    -------
contoso.com                              TXT    3600  Answer     {v=spf1 ip4:131.107.21.231 include:spf.protection.outl...
`

export const RESOLVE_NXDOMAIN = `Resolve-DnsName : nosuch.contoso.com : DNS name does not exist
At line:1 char:1
+ Resolve-DnsName -Type TXT nosuch.contoso.com
+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : ResourceUnavailable: (nosuch.contoso.com:String) [Resolve-DnsName], Win32Exception
    + FullyQualifiedErrorId : DNS_ERROR_RCODE_NAME_ERROR,Microsoft.DnsClient.Commands.ResolveDnsName
`

/** An empty answer: only the zone's SOA, in the Authority section. */
export const RESOLVE_EMPTY = `Name                        Type TTL   Section    PrimaryServer               NameAdministrator           SerialNumber
----                        ---- ---   -------    -------------               -----------------           ------------
contoso.com                 SOA  300   Authority  ns1.contoso.com             hostmaster.contoso.com      2024010101
`

export const RESOLVE_TIMEOUT = `Resolve-DnsName : contoso.com : This operation returned because the timeout period expired
At line:1 char:1
+ Resolve-DnsName -Type MX contoso.com -Server 192.0.2.53
`
