	.file	"prog.c"
	.text
	.p2align 4
	.type	add, @function
add:
.LFB11:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	movl	%esi, %r14d
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
	movq	%rdi, (%rsp)
	testl	%esi, %esi
	jle	.L8
	movabsq	$-3750763034362895579, %rbx
	movslq	%esi, %rcx
	movq	%rdi, %rax
	movq	%rcx, 24(%rsp)
	leaq	(%rdi,%rcx), %rsi
	movabsq	$1099511628211, %rcx
	.p2align 4,,10
	.p2align 3
.L3:
	movzbl	(%rax), %edx
	addq	$1, %rax
	xorq	%rdx, %rbx
	imulq	%rcx, %rbx
	cmpq	%rax, %rsi
	jne	.L3
	shrq	$42, %rbx
.L2:
	leaq	cnt(%rip), %r15
	movl	%ebx, %ebp
	leaq	key_off(%rip), %rax
	movl	(%r15,%rbp,4), %r12d
	movq	%rax, 16(%rsp)
	leaq	pool(%rip), %rax
	leaq	key_len(%rip), %r13
	movq	%rax, 8(%rsp)
	testl	%r12d, %r12d
	jne	.L7
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L5:
	addl	$1, %ebx
	andl	$4194303, %ebx
	movl	%ebx, %ebp
	movl	(%r15,%rbp,4), %r12d
	testl	%r12d, %r12d
	je	.L4
.L7:
	movzbl	0(%r13,%rbp), %eax
	cmpl	%r14d, %eax
	jne	.L5
	movq	16(%rsp), %rax
	movq	24(%rsp), %rdx
	movq	(%rsp), %rsi
	movl	(%rax,%rbp,4), %edi
	movq	8(%rsp), %rax
	addq	%rax, %rdi
	call	memcmp@PLT
	testl	%eax, %eax
	jne	.L5
	leal	1(%r12), %ecx
	movl	%ecx, (%r15,%rbp,4)
	addq	$40, %rsp
	.cfi_remember_state
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
	.p2align 4,,10
	.p2align 3
.L4:
	.cfi_restore_state
	movl	pool_used(%rip), %ebx
	movq	16(%rsp), %rax
	movb	%r14b, 0(%r13,%rbp)
	movq	8(%rsp), %rdi
	movq	24(%rsp), %rdx
	movl	$1, (%r15,%rbp,4)
	movl	%ebx, (%rax,%rbp,4)
	movq	(%rsp), %rsi
	movl	%ebx, %eax
	addq	%rax, %rdi
	call	memcpy@PLT
	leal	(%r14,%rbx), %r8d
	addl	$1, distinct(%rip)
	movl	%r8d, pool_used(%rip)
	addq	$40, %rsp
	.cfi_remember_state
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
.L8:
	.cfi_restore_state
	movslq	%esi, %rax
	movl	$3341479, %ebx
	movq	%rax, 24(%rsp)
	jmp	.L2
	.cfi_endproc
.LFE11:
	.size	add, .-add
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%u %u %u %llu"
.LC1:
	.string	"0"
.LC2:
	.string	"%u\n%.*s %u\n"
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
	subq	$120, %rsp
	.cfi_def_cfa_offset 176
	leaq	36(%rsp), %rcx
	leaq	32(%rsp), %rdx
	leaq	28(%rsp), %rsi
	leaq	40(%rsp), %r8
	call	__isoc99_scanf@PLT
	cmpl	$4, %eax
	jne	.L17
	xorl	%ebp, %ebp
	leaq	48(%rsp), %rbx
	.p2align 4,,10
	.p2align 3
.L18:
	movq	stdin(%rip), %rdi
	call	getc@PLT
	cmpl	$-1, %eax
	je	.L74
	leal	-65(%rax), %edx
	cmpl	$25, %edx
	ja	.L19
	addl	$32, %eax
.L20:
	cmpl	$63, %ebp
	jg	.L18
	movslq	%ebp, %rdx
	addl	$1, %ebp
	movb	%al, 48(%rsp,%rdx)
	jmp	.L18
	.p2align 4,,10
	.p2align 3
.L19:
	leal	-97(%rax), %edx
	cmpl	$25, %edx
	jbe	.L20
	testl	%ebp, %ebp
	jne	.L23
	xorl	%ebp, %ebp
	jmp	.L18
	.p2align 4,,10
	.p2align 3
.L23:
	movl	%ebp, %esi
	movq	%rbx, %rdi
	xorl	%ebp, %ebp
	call	add
	jmp	.L18
.L74:
	testl	%ebp, %ebp
	jne	.L75
.L26:
	cmpl	$0, 28(%rsp)
	movq	40(%rsp), %r12
	je	.L27
	xorl	%r15d, %r15d
	leaq	48(%rsp), %rbx
	movabsq	$6364136223846793005, %r14
	movabsq	$1442695040888963407, %r13
	leaq	49(%rsp), %rbp
	.p2align 4,,10
	.p2align 3
.L30:
	imulq	%r14, %r12
	movl	32(%rsp), %eax
	addq	%r13, %r12
	movq	%r12, %rcx
	shrq	$32, %rcx
	imulq	%rax, %rcx
	shrq	$32, %rcx
	leal	1(%rcx), %edi
	testl	%edi, %edi
	jle	.L28
	movl	36(%rsp), %esi
	movq	%rbx, %rdx
	addq	%rbp, %rcx
	.p2align 4,,10
	.p2align 3
.L29:
	imulq	%r14, %r12
	addq	$1, %rdx
	addq	%r13, %r12
	movq	%r12, %rax
	shrq	$32, %rax
	imulq	%rsi, %rax
	shrq	$32, %rax
	addl	$97, %eax
	movb	%al, -1(%rdx)
	cmpq	%rdx, %rcx
	jne	.L29
.L28:
	movl	%edi, %esi
	movq	%rbx, %rdi
	addl	$1, %r15d
	call	add
	cmpl	28(%rsp), %r15d
	jb	.L30
.L27:
	movl	distinct(%rip), %eax
	movl	%eax, 12(%rsp)
	testl	%eax, %eax
	je	.L76
	xorl	%ebx, %ebx
	movl	$4194304, %r12d
	leaq	cnt(%rip), %rbp
	leaq	key_len(%rip), %r14
	leaq	key_off(%rip), %r10
	leaq	pool(%rip), %r8
	.p2align 4,,10
	.p2align 3
.L31:
	movl	0(%rbp,%rbx,4), %eax
	testl	%eax, %eax
	je	.L32
	movl	%ebx, %r15d
	movl	%r12d, %r13d
	cmpl	$4194304, %r12d
	je	.L77
	cmpl	%eax, 0(%rbp,%r13,4)
	jb	.L43
.L78:
	je	.L34
.L44:
	addq	$1, %rbx
	cmpq	$4194304, %rbx
	je	.L35
	movl	0(%rbp,%rbx,4), %eax
	testl	%eax, %eax
	je	.L32
	movl	%ebx, %r15d
	cmpl	%eax, 0(%rbp,%r13,4)
	jnb	.L78
.L43:
	movl	%r15d, %r12d
.L32:
	addq	$1, %rbx
	cmpq	$4194304, %rbx
	jne	.L31
	movl	%r12d, %r13d
.L35:
	movl	(%r10,%r13,4), %eax
	movzbl	(%r14,%r13), %edx
	leaq	.LC2(%rip), %rdi
	movl	12(%rsp), %esi
	leaq	(%r8,%rax), %rcx
	movl	0(%rbp,%r13,4), %r8d
	xorl	%eax, %eax
	call	printf@PLT
.L17:
	addq	$120, %rsp
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
.L77:
	.cfi_restore_state
	movl	%ebx, %r12d
	jmp	.L32
	.p2align 4,,10
	.p2align 3
.L34:
	movzbl	(%r14,%r13), %ecx
	movzbl	(%r14,%rbx), %r11d
	movl	(%r10,%r13,4), %esi
	movl	(%r10,%rbx,4), %edi
	cmpb	%r11b, %cl
	movzbl	%r11b, %edx
	movb	%r11b, 11(%rsp)
	cmovbe	%rcx, %rdx
	addq	%r8, %rsi
	addq	%r8, %rdi
	movb	%cl, 10(%rsp)
	call	memcmp@PLT
	leaq	pool(%rip), %r8
	leaq	key_off(%rip), %r10
	testl	%eax, %eax
	js	.L43
	movzbl	10(%rsp), %ecx
	movzbl	11(%rsp), %r11d
	cmpb	%cl, %r11b
	jnb	.L44
	testl	%eax, %eax
	jne	.L44
	jmp	.L43
.L75:
	leaq	48(%rsp), %rbx
	movl	%ebp, %esi
	movq	%rbx, %rdi
	call	add
	jmp	.L26
.L76:
	leaq	.LC1(%rip), %rdi
	call	puts@PLT
	jmp	.L17
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.local	distinct
	.comm	distinct,4,4
	.local	pool_used
	.comm	pool_used,4,4
	.local	pool
	.comm	pool,41943040,32
	.local	key_len
	.comm	key_len,4194304,32
	.local	cnt
	.comm	cnt,16777216,32
	.local	key_off
	.comm	key_off,16777216,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
