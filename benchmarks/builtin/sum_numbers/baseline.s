	.file	"prog.c"
	.text
	.p2align 4
	.type	read_int, @function
read_int:
.LFB11:
	.cfi_startproc
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	movq	stdin(%rip), %rdi
	call	getc@PLT
	cmpl	$45, %eax
	je	.L2
	cmpl	$-1, %eax
	je	.L8
	subl	$48, %eax
	cmpl	$9, %eax
	jbe	.L14
	movabsq	$-575968171094179842, %rbp
	.p2align 4,,10
	.p2align 3
.L26:
	movq	stdin(%rip), %rdi
	call	getc@PLT
	leal	1(%rax), %ecx
	cmpl	$58, %ecx
	ja	.L26
	movq	%rbp, %rdx
	sarq	%cl, %rdx
	andl	$1, %edx
	jne	.L26
	cmpl	$-1, %eax
	je	.L8
	cmpl	$45, %eax
	je	.L6
	subl	$48, %eax
	xorl	%r12d, %r12d
	cmpl	$9, %eax
	ja	.L13
.L3:
	xorl	%ebp, %ebp
	.p2align 4,,10
	.p2align 3
.L11:
	movq	stdin(%rip), %rdi
	leaq	0(%rbp,%rbp,4), %rdx
	cltq
	leaq	(%rax,%rdx,2), %rbp
	call	getc@PLT
	subl	$48, %eax
	cmpl	$9, %eax
	jbe	.L11
	movq	%rbp, %rdx
	negq	%rdx
	testl	%r12d, %r12d
	cmove	%rbp, %rdx
.L13:
	movq	%rdx, (%rbx)
	movl	$1, %eax
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
.L2:
	.cfi_restore_state
	cmpl	$-1, %eax
	jne	.L6
.L8:
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	xorl	%eax, %eax
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L6:
	.cfi_restore_state
	movq	stdin(%rip), %rdi
	call	getc@PLT
	subl	$48, %eax
	cmpl	$9, %eax
	ja	.L16
	movl	$1, %r12d
	jmp	.L3
.L14:
	xorl	%r12d, %r12d
	jmp	.L3
.L16:
	xorl	%edx, %edx
	jmp	.L13
	.cfi_endproc
.LFE11:
	.size	read_int, .-read_int
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%llu %lld %lld\n"
	.text
	.p2align 4
	.type	stats, @function
stats:
.LFB12:
	.cfi_startproc
	leaq	a(%rip), %rax
	movslq	%edi, %rcx
	movq	(%rax,%rcx,8), %r8
	cmpl	%esi, %edi
	jge	.L37
	subl	%edi, %esi
	leaq	(%rax,%rcx,8), %rdx
	addq	%rcx, %rsi
	movq	%r8, %rcx
	leaq	(%rax,%rsi,8), %rdi
	xorl	%esi, %esi
	.p2align 4,,10
	.p2align 3
.L36:
	movq	(%rdx), %rax
	addq	%rax, %rsi
	cmpq	%rax, %r8
	cmovg	%rax, %r8
	cmpq	%rax, %rcx
	cmovl	%rax, %rcx
	addq	$8, %rdx
	cmpq	%rdi, %rdx
	jne	.L36
.L35:
	movq	%r8, %rdx
	leaq	.LC0(%rip), %rdi
	xorl	%eax, %eax
	jmp	printf@PLT
	.p2align 4,,10
	.p2align 3
.L37:
	movq	%r8, %rcx
	xorl	%esi, %esi
	jmp	.L35
	.cfi_endproc
.LFE12:
	.size	stats, .-stats
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB13:
	.cfi_startproc
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	subq	$32, %rsp
	.cfi_def_cfa_offset 64
	movq	%rsp, %rdi
	call	read_int
	testl	%eax, %eax
	je	.L40
	movq	(%rsp), %rbp
	leaq	-1(%rbp), %rax
	cmpq	$299999, %rax
	jbe	.L61
.L40:
	xorl	%eax, %eax
.L39:
	addq	$32, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 32
	popq	%rbx
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
.L61:
	.cfi_restore_state
	xorl	%ebx, %ebx
	leaq	a(%rip), %r12
	jmp	.L43
	.p2align 4,,10
	.p2align 3
.L41:
	addq	$1, %rbx
	cmpq	%rbx, %rbp
	je	.L62
.L43:
	leaq	(%r12,%rbx,8), %rdi
	call	read_int
	testl	%eax, %eax
	jne	.L41
.L44:
	movl	$1, %eax
	jmp	.L39
.L62:
	xorl	%edi, %edi
	movl	%ebp, %esi
	call	stats
	leaq	8(%rsp), %rdi
	call	read_int
	testl	%eax, %eax
	je	.L40
	movq	8(%rsp), %rax
	leaq	-1(%rax), %rdx
	movq	%rdx, 8(%rsp)
	testq	%rax, %rax
	jle	.L40
	leaq	16(%rsp), %rbx
	leaq	24(%rsp), %r12
	jmp	.L45
	.p2align 4,,10
	.p2align 3
.L63:
	movq	%r12, %rdi
	call	read_int
	testl	%eax, %eax
	je	.L44
	movq	16(%rsp), %rdi
	testq	%rdi, %rdi
	jle	.L44
	movq	24(%rsp), %rsi
	cmpq	%rsi, %rdi
	jg	.L44
	cmpq	%rsi, %rbp
	jl	.L44
	subl	$1, %edi
	call	stats
	movq	8(%rsp), %rax
	leaq	-1(%rax), %rdx
	movq	%rdx, 8(%rsp)
	testq	%rax, %rax
	jle	.L40
.L45:
	movq	%rbx, %rdi
	call	read_int
	testl	%eax, %eax
	jne	.L63
	jmp	.L44
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.local	a
	.comm	a,2400000,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
