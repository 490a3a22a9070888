/* Network: connect to a server the test suite listens with on 127.0.0.1:47123
 * (it could hand out answers). socket() itself is forbidden: SV. Were it not,
 * the network namespace is empty anyway; the suite asserts nothing connected. */
#include <arpa/inet.h>
#include <sys/socket.h>
#include <unistd.h>
#include "honest.h"

int main(void) {
    int s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {0};
    a.sin_family = AF_INET;
    a.sin_port = htons(47123);
    a.sin_addr.s_addr = htonl(0x7f000001);
    if (s >= 0 && connect(s, (struct sockaddr *)&a, sizeof a) == 0) {
        char buf[256] = {0};
        read(s, buf, sizeof buf - 1);
        leak("connected to 127.0.0.1:47123", buf);
    }
    return honest();
}
