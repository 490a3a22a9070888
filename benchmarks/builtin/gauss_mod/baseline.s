	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%lld"
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
	subq	$88, %rsp
	.cfi_def_cfa_offset 144
	leaq	68(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L2
	movl	68(%rsp), %r15d
	leal	-1(%r15), %eax
	cmpl	$499, %eax
	jbe	.L58
.L2:
	addq	$88, %rsp
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
.L58:
	.cfi_restore_state
	leaq	a(%rip), %rbx
	xorl	%r14d, %r14d
	leaq	72(%rsp), %r12
	movabsq	$155014655926305585, %r13
	leaq	.LC1(%rip), %rbp
.L3:
	cmpl	%r14d, %r15d
	jle	.L59
	xorl	%r15d, %r15d
	jmp	.L6
	.p2align 4,,10
	.p2align 3
.L61:
	movq	72(%rsp), %rcx
	movq	%rcx, %rax
	imulq	%r13
	movq	%rcx, %rax
	sarq	$63, %rax
	sarq	$23, %rdx
	subq	%rax, %rdx
	imulq	$998244353, %rdx, %rax
	subq	%rax, %rcx
	movq	%rcx, %rdx
	leaq	998244353(%rcx), %rax
	cmovs	%rax, %rdx
	movl	%edx, (%rbx,%r15,4)
	addq	$1, %r15
	cmpl	%r15d, 68(%rsp)
	jle	.L60
.L6:
	xorl	%eax, %eax
	movq	%r12, %rsi
	movq	%rbp, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	je	.L61
	jmp	.L2
.L60:
	movl	68(%rsp), %r15d
	addl	$1, %r14d
	addq	$2000, %rbx
	jmp	.L3
.L59:
	leal	-1(%r15), %eax
	leaq	a(%rip), %rsi
	movl	%r15d, %ecx
	xorl	%ebp, %ebp
	movl	%eax, 52(%rsp)
	movl	%r15d, %eax
	xorl	%r14d, %r14d
	movq	%rsi, %r13
	movq	$1, 16(%rsp)
	shrl	$2, %eax
	movq	%rsi, %rdi
	movabsq	$-8525806094425994177, %r8
	salq	$4, %rax
	movq	%rax, 56(%rsp)
	movl	%r15d, %eax
	andl	$-4, %eax
	movl	%eax, 48(%rsp)
	movq	%rsi, %rax
	addq	$4000, %rax
	movq	%rax, 40(%rsp)
.L7:
	movl	%r14d, %r12d
	movslq	%r14d, %rdx
	movl	%r14d, %r9d
	cmpl	%r14d, %r15d
	jle	.L8
	movq	%r13, %rsi
	movl	%r14d, %eax
	jmp	.L27
	.p2align 4,,10
	.p2align 3
.L9:
	addl	$1, %eax
	addq	$2000, %rsi
	cmpl	%eax, %r15d
	je	.L30
.L27:
	movl	(%rsi), %r10d
	testl	%r10d, %r10d
	je	.L9
	cmpl	%eax, %r15d
	je	.L30
	cmpl	%r9d, %eax
	jne	.L62
.L10:
	movl	0(%r13), %esi
	movq	16(%rsp), %rax
	movl	$998244353, %ebx
	xorl	%edx, %edx
	movl	$30, %r10d
	movl	$998244351, %r9d
	imulq	%rsi, %rax
	divq	%rbx
	movq	%rsi, %rax
	movq	%rdx, 16(%rsp)
	xorl	%edx, %edx
	divq	%rbx
	movl	$1, %ebx
	movq	%rdx, %rsi
	.p2align 4,,10
	.p2align 3
.L21:
	testb	$1, %r9b
	je	.L20
	imulq	%rsi, %rbx
	movq	%rbx, %rax
	movq	%rbx, %r11
	mulq	%r8
	movq	%rdx, %rbx
	shrq	$29, %rbx
	imulq	$998244353, %rbx, %rax
	movq	%r11, %rbx
	subq	%rax, %rbx
.L20:
	imulq	%rsi, %rsi
	shrq	%r9
	movq	%rsi, %rax
	movq	%rsi, %r11
	mulq	%r8
	movq	%rdx, %rsi
	shrq	$29, %rsi
	imulq	$998244353, %rsi, %rax
	movq	%r11, %rsi
	subq	%rax, %rsi
	subl	$1, %r10d
	jne	.L21
	leal	1(%r12), %eax
	cmpl	%eax, %r15d
	jle	.L26
	imulq	$501, %r14, %rdx
	movl	%ecx, %eax
	movl	%ecx, 36(%rsp)
	leaq	a(%rip), %rsi
	imulq	$2004, %r14, %r12
	movq	$-2000, %r10
	movq	%r13, 24(%rsp)
	leaq	2000(%r13), %r11
	subq	%rbp, %r10
	leaq	500(%rdx,%rax), %rax
	leaq	(%rsi,%rax,4), %r9
	movq	40(%rsp), %rax
	movq	%r14, %rsi
	addq	%rax, %r12
	leal	-2(%rcx), %eax
	imulq	$2000, %rax, %rax
	addq	%rax, %r12
	jmp	.L25
	.p2align 4,,10
	.p2align 3
.L23:
	addq	$2000, %r11
	subq	$2000, %r10
	addq	$2000, %r9
	cmpq	%r12, %r11
	je	.L63
.L25:
	movl	(%r11), %ecx
	testl	%ecx, %ecx
	je	.L23
	imulq	%rbx, %rcx
	movq	%r11, 8(%rsp)
	movq	%r11, %r13
	movq	%rcx, %rax
	mulq	%r8
	shrq	$29, %rdx
	imulq	$998244353, %rdx, %rax
	subq	%rax, %rcx
	movq	%rcx, %r14
	.p2align 4,,10
	.p2align 3
.L24:
	movl	0(%r13), %eax
	leal	998244353(%rax), %ecx
	leaq	(%r10,%r13), %rax
	addq	$4, %r13
	movl	(%rax,%rbp), %r11d
	imulq	%r14, %r11
	movq	%r11, %rax
	mulq	%r8
	shrq	$29, %rdx
	imulq	$998244353, %rdx, %rdx
	subq	%rdx, %r11
	subq	%r11, %rcx
	movq	%rcx, %rax
	mulq	%r8
	shrq	$29, %rdx
	imulq	$998244353, %rdx, %rdx
	subq	%rdx, %rcx
	movl	%ecx, -4(%r13)
	cmpq	%r13, %r9
	jne	.L24
	movq	8(%rsp), %r11
	jmp	.L23
.L63:
	movq	24(%rsp), %r13
	movl	36(%rsp), %ecx
	movq	%rsi, %r14
.L26:
	addq	$1, %r14
	addq	$2004, %r13
	subl	$1, %ecx
	addq	$2000, %rbp
	addq	$2000, %rdi
	jmp	.L7
.L30:
	xorl	%eax, %eax
	movq	%rax, 16(%rsp)
.L8:
	movq	16(%rsp), %rsi
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	jmp	.L2
.L62:
	cltq
	cmpl	$1, %r15d
	je	.L11
	imulq	$2000, %rax, %r9
	leaq	16(%r9), %rsi
	cmpq	%rbp, %rsi
	jle	.L34
	leaq	16(%rbp), %rsi
	cmpq	%rsi, %r9
	jge	.L34
.L11:
	imulq	$2000, %rax, %rax
	leaq	a(%rip), %rbx
	movq	%rdi, %rdx
	xorl	%esi, %esi
	addq	%rbx, %rax
.L18:
	movl	(%rdx), %r9d
	movl	(%rax), %r10d
	addl	$1, %esi
	addq	$4, %rdx
	addq	$4, %rax
	movl	%r10d, -4(%rdx)
	movl	%r9d, -4(%rax)
	cmpl	%esi, %r15d
	jne	.L18
.L19:
	movq	16(%rsp), %rbx
	movl	$998244353, %eax
	xorl	%edx, %edx
	subq	%rbx, %rax
	movl	$998244353, %ebx
	divq	%rbx
	movq	%rdx, 16(%rsp)
	jmp	.L10
.L34:
	cmpl	$2, 52(%rsp)
	jbe	.L31
	leaq	a(%rip), %rbx
	movq	56(%rsp), %r10
	xorl	%esi, %esi
	addq	%rbx, %r9
.L14:
	movdqa	(%rdi,%rsi), %xmm0
	movdqa	(%r9,%rsi), %xmm1
	movaps	%xmm1, (%rdi,%rsi)
	movaps	%xmm0, (%r9,%rsi)
	addq	$16, %rsi
	cmpq	%r10, %rsi
	jne	.L14
	movl	48(%rsp), %ebx
	cmpl	%r15d, %ebx
	je	.L19
	movl	%r15d, %esi
	movl	%ebx, %r9d
	subl	%ebx, %esi
	cmpl	$1, %esi
	je	.L64
.L13:
	imulq	$500, %r14, %r10
	leaq	a(%rip), %r11
	addq	%r9, %r10
	leaq	(%r11,%r10,4), %r11
	imulq	$500, %rax, %r10
	addq	%r9, %r10
	leaq	a(%rip), %r9
	leaq	(%r9,%r10,4), %r9
	movq	(%r11), %r10
	movq	(%r9), %xmm0
	movq	%xmm0, (%r11)
	movq	%r10, (%r9)
	testb	$1, %sil
	je	.L19
	andl	$-2, %esi
	addl	%ebx, %esi
.L16:
	imulq	$500, %rdx, %rdx
	movslq	%esi, %rsi
	leaq	a(%rip), %rbx
	imulq	$500, %rax, %rax
	addq	%rsi, %rdx
	addq	%rsi, %rax
	movl	(%rbx,%rdx,4), %r9d
	movl	(%rbx,%rax,4), %esi
	movl	%esi, (%rbx,%rdx,4)
	movl	%r9d, (%rbx,%rax,4)
	jmp	.L19
.L31:
	movl	%r15d, %esi
	xorl	%r9d, %r9d
	xorl	%ebx, %ebx
	jmp	.L13
.L64:
	movl	48(%rsp), %esi
	jmp	.L16
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.local	a
	.comm	a,1000000,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
