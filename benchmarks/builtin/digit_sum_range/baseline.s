	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%llu %llu"
.LC2:
	.string	"Case #%d: %llu\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB12:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	xorl	%eax, %eax
	leaq	.LC0(%rip), %rdi
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$40, %rsp
	.cfi_def_cfa_offset 96
	leaq	12(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L3
	cmpl	$0, 12(%rsp)
	jle	.L3
	movl	%eax, %ebx
	leaq	24(%rsp), %r13
	leaq	16(%rsp), %r12
	movabsq	$-3689348814741910323, %r15
	leaq	.LC1(%rip), %rbp
	leaq	.LC2(%rip), %r14
	jmp	.L10
	.p2align 4,,10
	.p2align 3
.L6:
	movl	%ebx, %esi
	movq	%r8, %rdx
	movq	%r14, %rdi
	xorl	%eax, %eax
	call	printf@PLT
	addl	$1, %ebx
	cmpl	%ebx, 12(%rsp)
	jl	.L3
.L10:
	xorl	%eax, %eax
	movq	%r13, %rdx
	movq	%r12, %rsi
	movq	%rbp, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	jne	.L3
	movq	16(%rsp), %rdi
	movq	24(%rsp), %r9
	xorl	%r8d, %r8d
	cmpq	%rdi, %r9
	jb	.L6
	.p2align 4,,10
	.p2align 3
.L9:
	testq	%rdi, %rdi
	je	.L7
	movq	%rdi, %rcx
	xorl	%esi, %esi
	.p2align 4,,10
	.p2align 3
.L8:
	movq	%rcx, %rax
	movq	%rcx, %r10
	mulq	%r15
	shrq	$3, %rdx
	leaq	(%rdx,%rdx,4), %rax
	addq	%rax, %rax
	subq	%rax, %r10
	movq	%rcx, %rax
	movq	%rdx, %rcx
	addl	%r10d, %esi
	cmpq	$9, %rax
	ja	.L8
	addq	%rsi, %r8
.L7:
	cmpq	%rdi, %r9
	je	.L6
	addq	$1, %rdi
	jmp	.L9
	.p2align 4,,10
	.p2align 3
.L3:
	addq	$40, %rsp
	.cfi_def_cfa_offset 56
	xorl	%eax, %eax
	popq	%rbx
	.cfi_def_cfa_offset 48
	popq	%rbp
	.cfi_def_cfa_offset 40
	popq	%r12
	.cfi_def_cfa_offset 32
	popq	%r13
	.cfi_def_cfa_offset 24
	popq	%r14
	.cfi_def_cfa_offset 16
	popq	%r15
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
