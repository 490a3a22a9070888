	.file	"exec_sh.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"sh"
.LC1:
	.string	"-c"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC2:
	.ascii	"if command -v perl >/dev/null; then ex"
	.string	"ec perl -e '<STDIN>; $_ = <STDIN>; $s = 0; for (split) { $s += $_; $m = $_ if !defined $m || $_ > $m } print \"$s $m\\n\"'; fi; read n; read line; s=0; m=; for x in $line; do s=$((s + x)); if [ -z \"$m\" ] || [ \"$x\" -gt \"$m\" ]; then m=$x; fi; done; echo \"$s $m\""
	.section	.rodata.str1.1
.LC3:
	.string	"PATH=/usr/bin:/bin"
.LC4:
	.string	"/bin/sh"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB0:
	.cfi_startproc
	leaq	.LC1(%rip), %rax
	leaq	.LC0(%rip), %rcx
	subq	$56, %rsp
	.cfi_def_cfa_offset 64
	movq	%rax, %xmm1
	movq	%rcx, %xmm0
	movq	%rsp, %rdx
	movq	$0, 40(%rsp)
	leaq	.LC2(%rip), %rax
	punpcklqdq	%xmm1, %xmm0
	leaq	16(%rsp), %rsi
	movq	$0, 8(%rsp)
	movq	%rax, 32(%rsp)
	leaq	.LC4(%rip), %rdi
	leaq	.LC3(%rip), %rax
	movq	%rax, (%rsp)
	movaps	%xmm0, 16(%rsp)
	call	execve@PLT
	movl	$1, %eax
	addq	$56, %rsp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE0:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
