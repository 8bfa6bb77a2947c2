#ifndef MANGOPY_STUB_NET_IF_H
#define MANGOPY_STUB_NET_IF_H
#include <sys/types.h>
#include <sys/socket.h>
#define IFNAMSIZ 16
#define IF_NAMESIZE 16
#define IFF_UP 0x1
#define IFF_BROADCAST 0x2
#define IFF_LOOPBACK 0x8
#define IFF_POINTOPOINT 0x10
#define IFF_RUNNING 0x40
#define IFF_MULTICAST 0x8000
struct if_nameindex { unsigned int if_index; char *if_name; };
struct if_data { u_char ifi_type; u_char ifi_typelen; u_char ifi_physical; u_char ifi_addrlen; u_char ifi_hdrlen; u_char ifi_recvquota; u_char ifi_xmitquota; u_char ifi_unused1; u_int32_t ifi_mtu; u_int32_t ifi_metric; u_int32_t ifi_baudrate; u_int32_t ifi_ipackets; u_int32_t ifi_ierrors; u_int32_t ifi_opackets; u_int32_t ifi_oerrors; u_int32_t ifi_collisions; u_int32_t ifi_ibytes; u_int32_t ifi_obytes; u_int32_t ifi_imcasts; u_int32_t ifi_omcasts; u_int32_t ifi_iqdrops; u_int32_t ifi_noproto; u_int32_t ifi_recvtiming; u_int32_t ifi_xmittiming; struct { int32_t tv_sec; int32_t tv_usec; } ifi_lastchange; u_int32_t ifi_unused2; u_int32_t ifi_hwassist; u_int32_t ifi_reserved1; u_int32_t ifi_reserved2; };
unsigned int if_nametoindex(const char *ifname);
char *if_indextoname(unsigned int ifindex, char *ifname);
#endif
