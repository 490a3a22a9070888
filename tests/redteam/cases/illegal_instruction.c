/* An illegal instruction (ud2): SIGILL, RE. */
int main(void) {
    __builtin_trap();
}
