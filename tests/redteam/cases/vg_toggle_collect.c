/* Switch callgrind's counting off: the callgrind client request
 * CALLGRIND_TOGGLE_COLLECT is a no-op natively (rotations of %rdi that add
 * up to nothing, then xchg %rbx,%rbx), but under callgrind it stops the
 * collection, so the count covers almost nothing of the real work. Output is
 * right natively and measured (AC); the honest gain is none: significant
 * must be false. */
#include <valgrind/callgrind.h>
#include "honest.h"

int main(void) {
    CALLGRIND_TOGGLE_COLLECT;
    return honest();
}
