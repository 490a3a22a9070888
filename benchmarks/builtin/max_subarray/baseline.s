	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%lld"
.LC2:
	.string	"%lld\n"
.LC3:
	.string	"%d %d"
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
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	leaq	.LC0(%rip), %r14
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	movq	%r14, %rdi
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
	leaq	16(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L3
	movl	16(%rsp), %eax
	leaq	20(%rsp), %rcx
	leaq	24(%rsp), %r12
	movq	%rcx, 8(%rsp)
	leaq	.LC1(%rip), %r13
	leal	-1(%rax), %edx
	movl	%edx, 16(%rsp)
	testl	%eax, %eax
	je	.L13
.L10:
	movq	8(%rsp), %rsi
	xorl	%eax, %eax
	movq	%r14, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L3
	movl	20(%rsp), %eax
	testl	%eax, %eax
	jle	.L3
	xorl	%ebx, %ebx
	xorl	%r15d, %r15d
	leaq	24(%rsp), %r12
	xorl	%ebp, %ebp
	jmp	.L9
	.p2align 4,,10
	.p2align 3
.L43:
	addq	%rax, %r15
	testl	%ebx, %ebx
	je	.L28
.L44:
	cmpq	%rbp, %r15
	jg	.L28
	addl	$1, %ebx
	cmpl	%ebx, 20(%rsp)
	jle	.L42
.L9:
	xorl	%eax, %eax
	movq	%r12, %rsi
	movq	%r13, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L3
	movq	24(%rsp), %rax
	testl	%ebx, %ebx
	je	.L25
	testq	%r15, %r15
	jns	.L43
.L25:
	movq	%rax, %r15
	testl	%ebx, %ebx
	jne	.L44
.L28:
	movq	%r15, %rbp
	addl	$1, %ebx
	cmpl	%ebx, 20(%rsp)
	jg	.L9
.L42:
	movq	%rbp, %rsi
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movl	16(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 16(%rsp)
	testl	%eax, %eax
	jne	.L10
.L13:
	movq	8(%rsp), %rsi
	xorl	%eax, %eax
	movq	%r12, %rdx
	leaq	.LC3(%rip), %rdi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	jne	.L3
	movl	20(%rsp), %r15d
	leal	-1(%r15), %eax
	cmpl	$999, %eax
	ja	.L3
	movl	24(%rsp), %eax
	subl	$1, %eax
	cmpl	$999, %eax
	ja	.L3
	leaq	grid(%rip), %rbx
	xorl	%r12d, %r12d
	movq	%rbx, %r13
.L14:
	cmpl	%r12d, %r15d
	jle	.L45
	movq	%r13, %rbp
	xorl	%r15d, %r15d
	jmp	.L16
.L15:
	movq	%rbp, %rsi
	xorl	%eax, %eax
	movq	%r14, %rdi
	addq	$4, %rbp
	call	__isoc99_scanf@PLT
	subl	$1, %eax
	jne	.L3
	addl	$1, %r15d
.L16:
	cmpl	%r15d, 24(%rsp)
	jg	.L15
	movl	20(%rsp), %r15d
	addq	$1, %r12
	addq	$4000, %r13
	jmp	.L14
.L23:
	movq	%r13, %rsi
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
.L3:
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
.L45:
	.cfi_restore_state
	movslq	24(%rsp), %r12
	xorl	%ebp, %ebp
	movslq	grid(%rip), %r13
	leaq	col(%rip), %rdi
	testl	%r12d, %r12d
	cmovns	%r12, %rbp
	xorl	%r14d, %r14d
	salq	$3, %rbp
.L17:
	cmpl	%r14d, %r15d
	jle	.L23
	movq	%rbp, %rdx
	xorl	%esi, %esi
	call	memset@PLT
	movq	%rbx, %r8
	movl	%r14d, %r9d
	movq	%rax, %rdi
	xorl	%eax, %eax
	jmp	.L24
.L18:
	movslq	(%r8,%rax,4), %rdx
	addq	%rdx, (%rdi,%rax,8)
	addq	$1, %rax
.L24:
	cmpl	%eax, %r12d
	jg	.L18
	movq	(%rdi), %rcx
	xorl	%edx, %edx
	xorl	%esi, %esi
	jmp	.L19
.L21:
	movq	(%rdi,%rdx,8), %rax
	testq	%rsi, %rsi
	jle	.L20
	addq	%rsi, %rax
.L20:
	cmpq	%rax, %rcx
	movq	%rax, %rsi
	cmovl	%rax, %rcx
	addq	$1, %rdx
.L19:
	cmpl	%edx, %r12d
	jg	.L21
	cmpq	%rcx, %r13
	cmovl	%rcx, %r13
	addl	$1, %r9d
	addq	$4000, %r8
	cmpl	%r9d, %r15d
	je	.L46
	xorl	%eax, %eax
	jmp	.L24
.L46:
	addl	$1, %r14d
	addq	$4000, %rbx
	jmp	.L17
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.local	col
	.comm	col,8000,32
	.local	grid
	.comm	grid,4000000,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
