/* unshare(CLONE_NEWUSER): become root of a new user namespace, a step towards
 * mounting over the sandbox or kernel attack surface. Forbidden: SV. */
#define _GNU_SOURCE
#include <sched.h>
#include "honest.h"

int main(void) {
    if (unshare(CLONE_NEWUSER) == 0) leak("unshare(CLONE_NEWUSER) worked", "");
    return honest();
}
