	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	""
.LC1:
	.string	"%d %llu"
.LC2:
	.string	"%zu %llu\n"
.LC4:
	.string	"%.*s\n"
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
	leaq	.LC1(%rip), %rdi
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
	leaq	8(%rsp), %rdx
	leaq	4(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	jne	.L2
	movq	8(%rsp), %rax
	movl	$4294967295, %edx
	subq	$1, %rax
	cmpq	%rax, %rdx
	jnb	.L3
.L2:
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
	.p2align 4,,10
	.p2align 3
.L46:
	.cfi_restore_state
	cmpl	$-1, %eax
	je	.L26
.L3:
	movq	stdin(%rip), %rdi
	call	getc@PLT
	cmpl	$10, %eax
	jne	.L46
.L26:
	movq	stdin(%rip), %rcx
	movl	$3145728, %edx
	leaq	a(%rip), %rbx
	movl	$1, %esi
	movq	%rbx, %rdi
	leaq	.LC0(%rip), %r12
	call	fread@PLT
	cmpl	$0, 4(%rsp)
	movq	%rax, %r15
	jle	.L5
	movl	$3, %ecx
	xorl	%edx, %edx
	movq	%rbx, %r12
	divq	%rcx
	leaq	4(,%rax,4), %rax
	cmpq	$12582912, %rax
	ja	.L5
	xorl	%r14d, %r14d
	leaq	b(%rip), %r13
	cmpq	$2, %r15
	jbe	.L22
	leaq	T(%rip), %rbp
	leaq	.LC2(%rip), %rbx
	.p2align 4,,10
	.p2align 3
.L8:
	movl	$3, %eax
	xorl	%ecx, %ecx
	.p2align 4,,10
	.p2align 3
.L11:
	movzbl	-3(%r12,%rax), %edx
	movzbl	-2(%r12,%rax), %esi
	addq	$4, %rcx
	movzbl	-1(%r12,%rax), %r8d
	sall	$8, %esi
	sall	$16, %edx
	orl	%esi, %edx
	orl	%edx, %r8d
	movl	%edx, %esi
	shrl	$12, %edx
	movl	%r8d, %r9d
	andl	$63, %r8d
	movl	%edx, %edi
	shrl	$18, %esi
	shrl	$6, %r9d
	movzbl	0(%rbp,%r8), %edx
	andl	$63, %edi
	movzbl	0(%rbp,%rsi), %esi
	andl	$63, %r9d
	movzbl	0(%rbp,%rdi), %edi
	movzbl	0(%rbp,%r9), %r8d
	sall	$8, %edx
	orl	%r8d, %edx
	sall	$8, %edx
	orl	%edi, %edx
	sall	$8, %edx
	orl	%esi, %edx
	movl	%edx, -4(%r13,%rcx)
	movq	%rax, %rdx
	addq	$3, %rax
	cmpq	%rax, %r15
	jnb	.L11
	subq	%rdx, %r15
	cmpq	$1, %r15
	je	.L13
	cmpq	$2, %r15
	je	.L9
	movq	%r13, %rax
	movq	%rcx, %r15
	movq	%r12, %r13
	movq	%rax, %r12
.L16:
	testq	%r15, %r15
	je	.L17
	movq	8(%rsp), %rsi
	movq	%r12, %rcx
	leaq	(%r15,%r12), %rdi
	xorl	%edx, %edx
	.p2align 4,,10
	.p2align 3
.L18:
	movq	%rdx, %rax
	addq	$1, %rcx
	salq	$8, %rax
	addq	%rdx, %rax
	movzbl	-1(%rcx), %edx
	addq	%rdx, %rax
	xorl	%edx, %edx
	divq	%rsi
	cmpq	%rcx, %rdi
	jne	.L18
	movq	%r15, %rsi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	addl	$1, %r14d
	call	printf@PLT
	movl	4(%rsp), %eax
	cmpl	%r14d, %eax
	jle	.L14
	movabsq	$-6148914691236517205, %rax
	mulq	%r15
	shrq	%rdx
	leaq	4(,%rdx,4), %rax
	cmpq	$12582912, %rax
	ja	.L5
	xorl	%ecx, %ecx
	xorl	%edx, %edx
	cmpq	$2, %r15
	ja	.L8
.L9:
	movzbl	1(%r12,%rdx), %eax
	movzbl	(%r12,%rdx), %edx
	xorl	%esi, %esi
	leaq	4(%rcx), %r15
	movb	$61, 3(%r13,%rcx)
	sall	$16, %edx
	sall	$8, %eax
	orl	%edx, %eax
	shrl	$18, %edx
	movl	%eax, %edi
	movb	0(%rbp,%rdx), %sil
	shrl	$12, %eax
	andl	$63, %eax
	movl	%esi, %edx
	movb	0(%rbp,%rax), %dh
	movl	%edi, %eax
	shrl	$6, %eax
	andl	$60, %eax
	movw	%dx, 0(%r13,%rcx)
	movzbl	0(%rbp,%rax), %eax
	movb	%al, 2(%r13,%rcx)
	xchgq	%r12, %r13
	jmp	.L16
.L14:
	testl	%eax, %eax
	leaq	.LC0(%rip), %rax
	cmovle	%rax, %r12
.L5:
	movl	$76, %eax
	leaq	.LC4(%rip), %rdi
	movq	%r12, %rdx
	cmpq	%rax, %r15
	cmovbe	%r15, %rax
	movq	%rax, %rsi
	xorl	%eax, %eax
	call	printf@PLT
	jmp	.L2
.L17:
	xorl	%edx, %edx
	xorl	%esi, %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movl	4(%rsp), %eax
	addl	$1, %r14d
	xorl	%r15d, %r15d
	cmpl	%r14d, %eax
	jle	.L14
.L10:
	xorl	%edx, %edx
	xorl	%ecx, %ecx
	leaq	T(%rip), %rbp
	cmpq	$1, %r15
	je	.L13
	leaq	T(%rip), %rbp
	cmpq	$2, %r15
	je	.L9
	xchgq	%r12, %r13
	jmp	.L17
.L13:
	movzbl	(%r12,%rdx), %eax
	xorl	%edx, %edx
	leaq	4(%rcx), %r15
	movl	%eax, %esi
	sall	$4, %eax
	andl	$48, %eax
	shrl	$2, %esi
	movb	0(%rbp,%rsi), %dl
	movb	0(%rbp,%rax), %dh
	movzwl	.LC3(%rip), %eax
	movw	%dx, 0(%r13,%rcx)
	movw	%ax, 2(%r13,%rcx)
	xchgq	%r12, %r13
	jmp	.L16
.L22:
	leaq	.LC2(%rip), %rbx
	jmp	.L10
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.section	.rodata
	.align 32
	.type	T, @object
	.size	T, 65
T:
	.string	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	.local	b
	.comm	b,12582912,32
	.local	a
	.comm	a,12582912,32
	.section	.rodata.cst2,"aM",@progbits,2
	.align 2
.LC3:
	.byte	61
	.byte	61
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
