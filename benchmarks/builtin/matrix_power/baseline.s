	.file	"prog.c"
	.text
	.p2align 4
	.type	mul, @function
mul:
.LFB11:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	movq	%rdi, %r10
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
	subq	$3104, %rsp
	.cfi_def_cfa_offset 3160
	movslq	k(%rip), %rax
	leaq	-104(%rsp), %r9
	testl	%eax, %eax
	jle	.L2
	leaq	(%rax,%rax,4), %rcx
	leaq	-104(%rsp), %r9
	movq	%rdx, %r12
	movq	%r10, %r14
	salq	$5, %rcx
	movq	%r9, %rbp
	leaq	(%rdx,%rax,8), %rbx
	movq	%r9, %r11
	leaq	(%r9,%rcx), %rdi
	addq	%rdx, %rcx
	movq	P(%rip), %r8
	movq	%rsi, %r9
	movq	%rcx, -112(%rsp)
	movq	%rdi, %r13
	.p2align 4,,10
	.p2align 3
.L3:
	movq	-112(%rsp), %rcx
	movq	%r12, %rsi
	movq	%rbp, %rdi
	.p2align 4,,10
	.p2align 3
.L6:
	movq	%rsi, %r10
	movq	%r9, %r15
	xorl	%edx, %edx
	.p2align 4,,10
	.p2align 3
.L4:
	movq	(%r15), %rax
	imulq	(%r10), %rax
	addq	$160, %r10
	addq	$8, %r15
	addq	%rdx, %rax
	xorl	%edx, %edx
	divq	%r8
	cmpq	%rcx, %r10
	jne	.L4
	addq	$8, %rsi
	movq	%rdx, (%rdi)
	leaq	8(%r10), %rcx
	addq	$8, %rdi
	cmpq	%rbx, %rsi
	jne	.L6
	addq	$160, %rbp
	addq	$160, %r9
	cmpq	%r13, %rbp
	jne	.L3
	movq	%r14, %r10
	movq	%r11, %r9
.L2:
	movl	$400, %ecx
	movq	%r10, %rdi
	movq	%r9, %rsi
	movq	%r10, %rax
	rep movsq
	addq	$3104, %rsp
	.cfi_def_cfa_offset 56
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
.LFE11:
	.size	mul, .-mul
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d %llu %d"
.LC1:
	.string	"%llu"
.LC2:
	.string	"%llu %llu\n"
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
	leaq	k(%rip), %rsi
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
	subq	$12856, %rsp
	.cfi_def_cfa_offset 12912
	leaq	3228(%rsp), %rcx
	leaq	3232(%rsp), %rdx
	call	__isoc99_scanf@PLT
	cmpl	$3, %eax
	jne	.L15
	movl	k(%rip), %eax
	subl	$1, %eax
	cmpl	$19, %eax
	jbe	.L44
.L15:
	addq	$12856, %rsp
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
.L44:
	.cfi_restore_state
	movq	3232(%rsp), %rax
	leaq	-2(%rax), %rdx
	cmpq	$2147483645, %rdx
	ja	.L15
	leaq	3248(%rsp), %rdi
	movq	%rax, P(%rip)
	xorl	%eax, %eax
	xorl	%r15d, %r15d
	movl	$400, %ecx
	movq	%rdi, 8(%rsp)
	movq	8(%rsp), %r12
	leaq	.LC1(%rip), %r13
	rep stosq
.L17:
	cmpl	%r15d, k(%rip)
	jle	.L45
	xorl	%ebx, %ebx
	leaq	9648(%rsp), %r14
	jmp	.L19
	.p2align 4,,10
	.p2align 3
.L47:
	movq	9648(%rsp), %rax
	xorl	%edx, %edx
	divq	P(%rip)
	movq	%rdx, (%r12,%rbx,8)
	addq	$1, %rbx
	cmpl	%ebx, k(%rip)
	jle	.L46
.L19:
	xorl	%eax, %eax
	movq	%r14, %rsi
	movq	%r13, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	je	.L47
	jmp	.L15
.L46:
	addl	$1, %r15d
	addq	$160, %r12
	jmp	.L17
.L45:
	leaq	16(%rsp), %rbx
.L20:
	movl	3228(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 3228(%rsp)
	testl	%eax, %eax
	je	.L15
	xorl	%eax, %eax
	leaq	3240(%rsp), %rsi
	leaq	.LC1(%rip), %rdi
	call	__isoc99_scanf@PLT
	subl	$1, %eax
	jne	.L15
	movl	$400, %eax
	leaq	9648(%rsp), %r14
	movq	8(%rsp), %rsi
	leaq	6448(%rsp), %r13
	movq	%rax, %rcx
	movq	%r14, %rdi
	movl	k(%rip), %r12d
	rep movsq
	movq	%r13, %rdi
	movq	%rcx, %rax
	movl	$400, %ecx
	rep stosq
	testl	%r12d, %r12d
	jle	.L23
	movl	$1, %eax
	xorl	%edx, %edx
	movq	%r13, %rcx
	divq	P(%rip)
	xorl	%eax, %eax
.L24:
	addl	$1, %eax
	movq	%rdx, (%rcx)
	addq	$168, %rcx
	cmpl	%r12d, %eax
	jne	.L24
.L23:
	movq	3240(%rsp), %rbp
	testq	%rbp, %rbp
	je	.L28
	testb	$1, %bpl
	je	.L26
	movq	%r13, %rsi
	movq	%rbx, %rdi
	movq	%r14, %rdx
	movq	%rbx, %r15
	call	mul
	movq	%rbp, %rax
	movl	$400, %ecx
	movq	%r13, %rdi
	shrq	%rax
	movq	%rbx, %rsi
	rep movsq
	movq	%rax, 3240(%rsp)
	jne	.L27
.L28:
	testl	%r12d, %r12d
	jle	.L35
	movslq	%r12d, %r15
	movq	P(%rip), %rsi
	movq	%r13, %r10
	xorl	%r11d, %r11d
	salq	$3, %r15
	xorl	%r14d, %r14d
	xorl	%r8d, %r8d
.L32:
	movq	0(%r13), %rax
	xorl	%edx, %edx
	leaq	(%r10,%r15), %rdi
	movq	%r10, %rcx
	addq	%r14, %rax
	divq	%rsi
	movq	%rdx, %r14
	.p2align 4,,10
	.p2align 3
.L31:
	movq	(%rcx), %rax
	xorl	%edx, %edx
	addq	$8, %rcx
	addq	%r8, %rax
	divq	%rsi
	movq	%rdx, %r8
	cmpq	%rdi, %rcx
	jne	.L31
	addl	$1, %r11d
	addq	$168, %r13
	addq	$160, %r10
	cmpl	%r12d, %r11d
	jne	.L32
.L30:
	movq	%r14, %rdx
	movq	%r8, %rsi
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	jmp	.L20
	.p2align 4,,10
	.p2align 3
.L26:
	movq	%rbp, %rax
	shrq	%rax
	movq	%rax, 3240(%rsp)
	je	.L28
	movq	%rbx, %r15
.L27:
	movq	%r14, %rsi
	movq	%r15, %rdi
	movq	%r14, %rdx
	call	mul
	movl	$400, %ecx
	movq	%r14, %rdi
	movq	%r15, %rsi
	rep movsq
	jmp	.L23
.L35:
	xorl	%r14d, %r14d
	xorl	%r8d, %r8d
	jmp	.L30
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.local	P
	.comm	P,8,8
	.local	k
	.comm	k,4,4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
