	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d %llu"
.LC1:
	.string	"%llu"
.LC2:
	.string	"%llu %llu\n"
.LC3:
	.string	"%llu\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB13:
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
	leaq	16(%rsp), %rdx
	leaq	12(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	jne	.L2
	cmpl	$0, 12(%rsp)
	jle	.L14
	xorl	%ebx, %ebx
	xorl	%ebp, %ebp
	leaq	24(%rsp), %r13
	movl	$63, %r15d
	leaq	.LC1(%rip), %r12
	leaq	.LC2(%rip), %r14
.L13:
	xorl	%eax, %eax
	movq	%r13, %rsi
	movq	%r12, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L2
	movq	16(%rsp), %r9
	movq	24(%rsp), %rdx
	testq	%r9, %r9
	je	.L15
	xorl	%esi, %esi
	xorl	%r8d, %r8d
	xorl	%edi, %edi
	.p2align 4,,10
	.p2align 3
.L12:
	movq	%rdx, %rax
	salq	$13, %rax
	xorq	%rdx, %rax
	movq	%rax, %rcx
	shrq	$7, %rcx
	xorq	%rax, %rcx
	movq	%rcx, %rdx
	salq	$17, %rdx
	xorq	%rcx, %rdx
	movq	%rdx, %rax
	shrq	%cl, %rax
	movq	%rdx, %rcx
	shrq	$8, %rcx
	salq	%cl, %rax
	movq	%rax, %rcx
	testb	$1, %al
	jne	.L6
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L8:
	addl	$1, %eax
	cmpl	$64, %eax
	je	.L24
	btq	%rax, %rcx
	jnc	.L8
	cltq
	addq	%rax, %rdi
.L6:
	testq	%rcx, %rcx
	js	.L9
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L11:
	addl	$1, %eax
	cmpl	$64, %eax
	je	.L25
	movl	%r15d, %r10d
	subl	%eax, %r10d
	btq	%r10, %rcx
	jnc	.L11
	cltq
	addq	%rax, %r8
.L9:
	addq	$1, %rsi
	cmpq	%r9, %rsi
	jne	.L12
.L5:
	leaq	(%rdi,%r8), %rax
	movq	%rdi, %rsi
	movq	%r8, %rdx
	movq	%r14, %rdi
	addq	%rax, %rbp
	xorl	%eax, %eax
	addl	$1, %ebx
	call	printf@PLT
	cmpl	%ebx, 12(%rsp)
	jg	.L13
.L3:
	movq	%rbp, %rsi
	leaq	.LC3(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
.L2:
	addq	$40, %rsp
	.cfi_remember_state
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
	.p2align 4,,10
	.p2align 3
.L25:
	.cfi_restore_state
	addq	$64, %r8
	jmp	.L9
	.p2align 4,,10
	.p2align 3
.L24:
	addq	$64, %rdi
	jmp	.L6
.L15:
	xorl	%r8d, %r8d
	xorl	%edi, %edi
	jmp	.L5
.L14:
	xorl	%ebp, %ebp
	jmp	.L3
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
