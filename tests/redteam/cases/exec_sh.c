/* execve /bin/sh (present, read-only, in the sandbox: it is the host's /usr)
 * and let a script compute the answer: perl (perl-base, always on Debian),
 * else a slower shell loop. The answer is right and in time, so natively it
 * is AC. Under valgrind the exec'd shell runs uncounted (valgrind does not
 * follow exec without --trace-children), so there is no instruction count:
 * a measuring failure (measure_error), never a gain. */
#include <unistd.h>

int main(void) {
    char *argv[] = {"sh", "-c",
                    "if command -v perl >/dev/null; then exec perl -e "
                    "'<STDIN>; $_ = <STDIN>; $s = 0; for (split) { $s += $_; $m = $_ if !defined $m || $_ > $m } "
                    "print \"$s $m\\n\"'; fi; "
                    "read n; read line; s=0; m=; for x in $line; do s=$((s + x)); "
                    "if [ -z \"$m\" ] || [ \"$x\" -gt \"$m\" ]; then m=$x; fi; done; echo \"$s $m\"",
                    NULL};
    char *envp[] = {"PATH=/usr/bin:/bin", NULL};
    execve("/bin/sh", argv, envp);
    return 1;
}
