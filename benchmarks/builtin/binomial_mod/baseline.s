	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%u %u"
.LC2:
	.string	"%llu\n"
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
	subq	$24, %rsp
	.cfi_def_cfa_offset 80
	leaq	12(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L27
	movl	12(%rsp), %eax
	cmpl	$200000, %eax
	jbe	.L39
.L27:
	addq	$24, %rsp
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
.L39:
	.cfi_restore_state
	testl	%eax, %eax
	je	.L5
	leaq	qn(%rip), %rbx
	leaq	qk(%rip), %r12
	xorl	%r13d, %r13d
	xorl	%ebp, %ebp
	leaq	.LC1(%rip), %r14
	.p2align 4,,10
	.p2align 3
.L10:
	xorl	%eax, %eax
	movq	%r12, %rdx
	movq	%rbx, %rsi
	movq	%r14, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	jne	.L27
	movl	(%rbx), %eax
	cmpl	$10000000, %eax
	jbe	.L6
	movl	$10000000, %eax
	movl	$10000000, (%rbx)
	cmpl	%eax, %ebp
	cmovb	%eax, %ebp
	addl	$1, %r13d
	addq	$4, %rbx
	addq	$4, %r12
	cmpl	%r13d, 12(%rsp)
	jg	.L10
	movl	$1, fact(%rip)
	jmp	.L23
	.p2align 4,,10
	.p2align 3
.L6:
	cmpl	%eax, %ebp
	cmovb	%eax, %ebp
	addl	$1, %r13d
	addq	$4, %rbx
	addq	$4, %r12
	cmpl	%r13d, 12(%rsp)
	jg	.L10
	movl	$1, fact(%rip)
	leaq	fact(%rip), %rbx
	testl	%ebp, %ebp
	je	.L11
.L23:
	leal	-1(%rbp), %edi
	movl	$1, %esi
	movl	$1, %eax
	movabsq	$-8543223828751151131, %r8
	addq	$2, %rdi
	leaq	fact(%rip), %rbx
	.p2align 4,,10
	.p2align 3
.L13:
	movl	%eax, %ecx
	imulq	%rsi, %rcx
	movq	%rcx, %rax
	mulq	%r8
	shrq	$29, %rdx
	imulq	$1000000007, %rdx, %rdx
	subq	%rdx, %rcx
	movl	%ecx, (%rbx,%rsi,4)
	addq	$1, %rsi
	movl	%ecx, %eax
	cmpq	%rsi, %rdi
	jne	.L13
.L11:
	movl	%ebp, %r9d
	movl	$1000000007, %edi
	xorl	%edx, %edx
	movl	$30, %r10d
	movl	(%rbx,%r9,4), %eax
	movl	$1, %r11d
	movl	$1000000005, %r8d
	movl	$1000000007, %r13d
	movabsq	$-8543223828751151131, %r12
	divq	%rdi
	movq	%rdx, %rcx
	.p2align 4,,10
	.p2align 3
.L15:
	testb	$1, %r8b
	je	.L14
	movq	%r11, %rax
	xorl	%edx, %edx
	imulq	%rcx, %rax
	divq	%r13
	movq	%rdx, %r11
.L14:
	imulq	%rcx, %rcx
	shrq	%r8
	movq	%rcx, %rax
	movq	%rcx, %rsi
	mulq	%r12
	movq	%rdx, %rcx
	shrq	$29, %rcx
	imulq	$1000000007, %rcx, %rdi
	subq	%rdi, %rsi
	movq	%rsi, %rcx
	subl	$1, %r10d
	jne	.L15
	leaq	inv_fact(%rip), %r15
	movl	%r11d, (%r15,%r9,4)
	testl	%ebp, %ebp
	je	.L20
	imulq	$-4, %r9, %rax
	leal	-1(%rbp), %edx
	movq	%r9, %rsi
	movabsq	$-8543223828751151131, %r9
	leaq	(%rax,%rdx,4), %rdi
	addq	%r15, %rdi
	.p2align 4,,10
	.p2align 3
.L19:
	movl	(%r15,%rsi,4), %ecx
	imulq	%rsi, %rcx
	movq	%rcx, %rax
	mulq	%r9
	shrq	$29, %rdx
	imulq	$1000000007, %rdx, %rdx
	subq	%rdx, %rcx
	movl	%ecx, (%rdi,%rsi,4)
	subq	$1, %rsi
	jne	.L19
.L20:
	xorl	%r12d, %r12d
	cmpl	$0, 12(%rsp)
	leaq	.LC2(%rip), %r13
	jle	.L18
	xorl	%r14d, %r14d
	xorl	%r12d, %r12d
	movl	$1000000007, %ebp
	leaq	.LC2(%rip), %r13
	jmp	.L17
.L40:
	movl	%esi, %eax
	movl	%edi, %edx
	subl	%edi, %esi
	movl	(%r15,%rdx,4), %edx
	movl	(%rbx,%rax,4), %eax
	imulq	%rdx, %rax
	xorl	%edx, %edx
	divq	%rbp
	movl	(%r15,%rsi,4), %eax
	imulq	%rdx, %rax
	xorl	%edx, %edx
	divq	%rbp
	imulq	$131, %r12, %rax
	movq	%rdx, %rsi
	addq	%rdx, %rax
	xorl	%edx, %edx
	divq	%rbp
	movq	%rdx, %r12
.L37:
	movq	%r13, %rdi
	xorl	%eax, %eax
	addq	$1, %r14
	call	printf@PLT
	cmpl	%r14d, 12(%rsp)
	jle	.L18
.L17:
	leaq	qn(%rip), %rax
	movl	(%rax,%r14,4), %esi
	leaq	qk(%rip), %rax
	movl	(%rax,%r14,4), %edi
	cmpl	%edi, %esi
	jnb	.L40
	imulq	$131, %r12, %rax
	xorl	%edx, %edx
	xorl	%esi, %esi
	divq	%rbp
	movq	%rdx, %r12
	jmp	.L37
.L18:
	movq	%r12, %rsi
	movq	%r13, %rdi
	xorl	%eax, %eax
	call	printf@PLT
	jmp	.L27
.L5:
	movl	$1, fact(%rip)
	xorl	%ebp, %ebp
	leaq	fact(%rip), %rbx
	jmp	.L11
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.local	qk
	.comm	qk,800000,32
	.local	qn
	.comm	qn,800000,32
	.local	inv_fact
	.comm	inv_fact,40000004,32
	.local	fact
	.comm	fact,40000004,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
