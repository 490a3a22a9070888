/* The right output, then exit status 1: a nonzero status is a runtime error
 * whatever was printed (RE). */
#include "honest.h"

int main(void) {
    honest();
    return 1;
}
