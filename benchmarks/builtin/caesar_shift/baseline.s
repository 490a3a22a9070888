	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d %1023s"
.LC1:
	.string	"%llu\n%.*s\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB11:
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
	leaq	key(%rip), %rbp
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	movq	%rbp, %rdx
	subq	$24, %rsp
	.cfi_def_cfa_offset 80
	leaq	12(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	jne	.L2
	movq	%rbp, %rdi
	call	strlen@PLT
	movq	%rax, %rbx
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L27:
	cmpl	$-1, %eax
	je	.L18
.L3:
	movq	stdin(%rip), %rdi
	call	getc@PLT
	cmpl	$10, %eax
	jne	.L27
.L18:
	movq	stdin(%rip), %rcx
	movl	$1048576, %edx
	movl	$1, %esi
	leaq	text(%rip), %r12
	movq	%r12, %rdi
	call	fread@PLT
	movslq	12(%rsp), %r13
	movq	%rax, %r11
	testl	%r13d, %r13d
	jle	.L5
	testq	%rax, %rax
	je	.L17
	xorl	%r10d, %r10d
	leaq	(%r12,%rax), %r9
	leaq	ks(%rip), %r8
	.p2align 4,,10
	.p2align 3
.L7:
	leaq	text(%rip), %rcx
	xorl	%esi, %esi
	jmp	.L12
	.p2align 4,,10
	.p2align 3
.L29:
	leal	-65(%r14), %eax
	cmpl	$25, %eax
	ja	.L9
	movl	$65, %edi
	movl	$65, %r15d
	cmpq	%rbx, %rsi
	jnb	.L10
.L30:
	leaq	(%rsi,%r10), %rax
	xorl	%edx, %edx
	divq	%rbx
	movsbl	0(%rbp,%rdx), %eax
	subl	$97, %eax
.L11:
	subl	%r15d, %r14d
	addl	%r14d, %eax
	movslq	%eax, %rdx
	movl	%eax, %r14d
	imulq	$1321528399, %rdx, %rdx
	sarl	$31, %r14d
	sarq	$35, %rdx
	subl	%r14d, %edx
	imull	$26, %edx, %edx
	subl	%edx, %eax
	addl	%eax, %edi
	movb	%al, (%r8,%rsi)
	addq	$1, %rsi
	movb	%dil, (%rcx)
.L9:
	addq	$1, %rcx
	cmpq	%rcx, %r9
	je	.L28
.L12:
	movzbl	(%rcx), %r14d
	leal	-97(%r14), %eax
	cmpl	$25, %eax
	ja	.L29
	movl	$97, %edi
	movl	$97, %r15d
	cmpq	%rbx, %rsi
	jb	.L30
.L10:
	movq	%rsi, %rax
	subq	%rbx, %rax
	movzbl	(%r8,%rax), %eax
	jmp	.L11
	.p2align 4,,10
	.p2align 3
.L28:
	addq	$1, %r10
	cmpq	%r10, %r13
	jne	.L7
.L13:
	leaq	text(%rip), %rax
	leaq	(%r12,%r11), %rcx
	xorl	%esi, %esi
	.p2align 4,,10
	.p2align 3
.L14:
	movq	%rsi, %rdx
	addq	$1, %rax
	salq	$6, %rdx
	addq	%rsi, %rdx
	leaq	(%rsi,%rdx,2), %rdx
	movzbl	-1(%rax), %esi
	addq	%rdx, %rsi
	cmpq	%rcx, %rax
	jne	.L14
.L6:
	movl	$64, %eax
	movq	%r12, %rcx
	leaq	.LC1(%rip), %rdi
	cmpq	%rax, %r11
	cmovbe	%r11, %rax
	movq	%rax, %rdx
	xorl	%eax, %eax
	call	printf@PLT
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
.L5:
	.cfi_restore_state
	testq	%rax, %rax
	jne	.L13
.L17:
	xorl	%esi, %esi
	jmp	.L6
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.local	ks
	.comm	ks,1048576,32
	.local	key
	.comm	key,1024,32
	.local	text
	.comm	text,1048577,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
