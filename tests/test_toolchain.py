from asmopt import toolchain


def test_build_is_cached_by_content(gcc_asm):
    asm = gcc_asm("int main(void){return 0;}")
    first = toolchain.build(asm)
    second = toolchain.build(asm)
    assert first.ok and first.binary == second.binary and first.binary.exists()
    other = toolchain.build(asm + "\n# another text\n")
    assert other.ok and other.binary != first.binary


def test_assembler_error_is_the_ce_message():
    built = toolchain.build("main:\n\tfrobnicate %rax\n")
    assert not built.ok
    assert "no such instruction: `frobnicate %rax'" in built.error
    assert "/box" not in built.error


def test_non_pie_assembly_gets_a_hint():
    asm = "\t.globl main\nmain:\n\tmovl $.LC0, %edi\n\tcall puts\n\tret\n.LC0:\n\t.string \"x\"\n"
    built = toolchain.build(asm)
    assert not built.ok
    assert "PIE" in built.error and "RIP-relative" in built.error


def test_assembler_cannot_read_host_files():
    # .incbin would embed any readable file (say, expected outputs) into the binary.
    built = toolchain.build('.incbin "/etc/hostname"\n\t.globl main\nmain:\n\tret\n')
    assert not built.ok and "/etc/hostname" in built.error


def test_link_line_is_the_papers():
    assert toolchain.LINK_FLAGS == ("-lm",)
    built = toolchain.build("\t.globl main\nmain:\n\tcall cos@PLT\n\txorl %eax, %eax\n\tret\n")
    assert built.ok  # libm is linked


def test_compile_c_records_flags(gcc_asm):
    asm = toolchain.compile_c("int f(int x){return x*2;}", ("-O2",))
    assert "f:" in asm
