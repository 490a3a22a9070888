	.file	"prog.c"
	.text
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB23:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	movl	$65536, %edi
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
	call	malloc@PLT
	testq	%rax, %rax
	je	.L5
	movq	%rax, %r12
	xorl	%r13d, %r13d
	movl	$65536, %ebx
	.p2align 4,,10
	.p2align 3
.L2:
	movq	%rbx, %rdx
	movq	stdin(%rip), %rcx
	leaq	(%r12,%r13), %rdi
	movl	$1, %esi
	subq	%r13, %rdx
	call	fread@PLT
	testq	%rax, %rax
	je	.L45
	addq	%rax, %r13
	cmpq	%r13, %rbx
	jne	.L2
	addq	%rbx, %rbx
	movq	%r12, %rdi
	movq	%rbx, %rsi
	call	realloc@PLT
	movq	%rax, %r12
	testq	%rax, %rax
	jne	.L2
.L5:
	movl	$1, %eax
	jmp	.L1
	.p2align 4,,10
	.p2align 3
.L45:
	leaq	2(%r13), %rdi
	call	malloc@PLT
	movq	%rax, 24(%rsp)
	movq	%rax, %r15
	movq	%r13, %rax
	shrq	%rax
	leaq	16(,%rax,8), %rbx
	movq	%rbx, %rdi
	call	malloc@PLT
	movq	%rbx, %rdi
	movq	%rax, 8(%rsp)
	call	malloc@PLT
	movq	8(%rsp), %r9
	testq	%r15, %r15
	movq	%rax, %r14
	sete	%al
	testq	%r9, %r9
	sete	%dl
	orb	%dl, %al
	jne	.L5
	testq	%r14, %r14
	je	.L5
	movabsq	$4294976000, %rcx
	xorl	%eax, %eax
	xorl	%r8d, %r8d
	testq	%r13, %r13
	je	.L8
	.p2align 4,,10
	.p2align 3
.L7:
	movq	%rax, %rdx
	cmpq	%r13, %rax
	jb	.L9
	jmp	.L23
	.p2align 4,,10
	.p2align 3
.L12:
	cmpq	%r13, %rdx
	jnb	.L46
.L9:
	movzbl	(%r12,%rdx), %esi
	movq	%rdx, %r15
	leaq	1(%rdx), %rdx
	cmpb	$10, %sil
	jne	.L12
.L13:
	cmpq	%r15, %rax
	jnb	.L47
	xorl	%ebx, %ebx
	.p2align 4,,10
	.p2align 3
.L10:
	movzbl	(%r12,%rax), %edx
	cmpb	$32, %dl
	ja	.L14
	btq	%rdx, %rcx
	jc	.L48
.L14:
	cmpq	%r15, %rax
	jnb	.L16
	movq	%rax, (%r9,%rbx,8)
.L19:
	movzbl	(%r12,%rax), %edx
	cmpb	$32, %dl
	ja	.L17
	btq	%rdx, %rcx
	jc	.L18
.L17:
	addq	$1, %rax
	cmpq	%r15, %rax
	jne	.L19
	movq	%r15, (%r14,%rbx,8)
	addq	$1, %rbx
	.p2align 4,,10
	.p2align 3
.L22:
	movq	-8(%r9,%rbx,8), %rsi
	movq	-8(%r14,%rbx,8), %rbp
	movq	%r9, 16(%rsp)
	movq	24(%rsp), %rax
	movq	%r8, 8(%rsp)
	subq	%rsi, %rbp
	addq	%r12, %rsi
	leaq	(%rax,%r8), %rdi
	movq	%rbp, %rdx
	call	memcpy@PLT
	movq	8(%rsp), %r8
	movq	16(%rsp), %r9
	movabsq	$4294976000, %rcx
	addq	%r8, %rbp
	cmpq	$1, %rbx
	je	.L11
	movq	24(%rsp), %rax
	leaq	1(%rbp), %r8
	subq	$1, %rbx
	movb	$32, (%rax,%rbp)
	jmp	.L22
	.p2align 4,,10
	.p2align 3
.L18:
	movq	%rax, (%r14,%rbx,8)
	addq	$1, %rbx
	cmpq	%r15, %rax
	jb	.L10
	jmp	.L22
	.p2align 4,,10
	.p2align 3
.L48:
	addq	$1, %rax
	cmpq	%r15, %rax
	jne	.L10
.L16:
	testq	%rbx, %rbx
	jne	.L22
	movq	%r8, %rbp
	.p2align 4,,10
	.p2align 3
.L11:
	movq	24(%rsp), %rax
	leaq	1(%rbp), %r8
	movb	$10, (%rax,%rbp)
	leaq	1(%r15), %rax
	cmpq	%r13, %rax
	jb	.L7
.L8:
	movq	24(%rsp), %rbx
	movq	stdout(%rip), %rcx
	movq	%r8, %rdx
	movl	$1, %esi
	movq	%r9, 8(%rsp)
	movq	%rbx, %rdi
	call	fwrite@PLT
	movq	%rbx, %rdi
	call	free@PLT
	movq	8(%rsp), %rdi
	call	free@PLT
	movq	%r14, %rdi
	call	free@PLT
	movq	%r12, %rdi
	call	free@PLT
	xorl	%eax, %eax
.L1:
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
.L46:
	.cfi_restore_state
	movq	%rdx, %r15
	jmp	.L13
.L47:
	movq	%r15, %rax
.L23:
	movq	%rax, %r15
	movq	%r8, %rbp
	jmp	.L11
	.cfi_endproc
.LFE23:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
