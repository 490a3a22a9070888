/* An endless loop: TLE at the first test; the other tests are skipped. */
int main(void) {
    for (;;) __asm__ volatile("");
}
