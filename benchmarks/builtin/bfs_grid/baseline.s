	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d %d %d %d"
.LC1:
	.string	"%513s"
.LC2:
	.string	"-1"
.LC3:
	.string	"%d\n"
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
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$40, %rsp
	.cfi_def_cfa_offset 96
	leaq	24(%rsp), %rcx
	leaq	20(%rsp), %rdx
	leaq	16(%rsp), %rsi
	leaq	28(%rsp), %r8
	call	__isoc99_scanf@PLT
	cmpl	$4, %eax
	jne	.L3
	movl	16(%rsp), %ebx
	leal	-1(%rbx), %eax
	cmpl	$511, %eax
	ja	.L3
	movl	20(%rsp), %eax
	subl	$1, %eax
	cmpl	$511, %eax
	jbe	.L17
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
.L17:
	.cfi_restore_state
	movslq	24(%rsp), %rax
	testl	%eax, %eax
	jle	.L3
	movslq	28(%rsp), %rdx
	testl	%edx, %edx
	jle	.L3
	imulq	%rdx, %rax
	cmpq	$4000000, %rax
	jg	.L3
	leaq	pat(%rip), %rbp
	xorl	%r12d, %r12d
	leaq	.LC1(%rip), %r13
	jmp	.L5
.L6:
	movq	%rbp, %rsi
	xorl	%eax, %eax
	movq	%r13, %rdi
	addq	$514, %rbp
	call	__isoc99_scanf@PLT
	subl	$1, %eax
	jne	.L3
	movl	16(%rsp), %ebx
	addl	$1, %r12d
.L5:
	cmpl	%r12d, %ebx
	jg	.L6
	movl	24(%rsp), %r15d
	movl	28(%rsp), %ebp
	orl	$-1, %esi
	leaq	dist(%rip), %rdi
	movl	%r15d, %r14d
	imull	%ebp, %r14d
	movslq	%r14d, %rdx
	salq	$2, %rdx
	call	memset@PLT
	cmpb	$35, pat(%rip)
	je	.L7
	movl	20(%rsp), %esi
	leal	-1(%rbp), %eax
	cltd
	idivl	%esi
	movl	%esi, 8(%rsp)
	leal	-1(%r15), %eax
	leaq	pat(%rip), %rsi
	movslq	%edx, %rcx
	cltd
	idivl	%ebx
	movslq	%edx, %rax
	imulq	$514, %rax, %rax
	addq	%rsi, %rax
	cmpb	$35, (%rax,%rcx)
	je	.L7
	xorl	%eax, %eax
	subl	$1, %r14d
	movl	%ebx, 12(%rsp)
	xorl	%r12d, %r12d
	movl	%eax, que(%rip)
	movl	%r14d, %ebx
	leaq	16+dr.1(%rip), %r13
	movl	%eax, dist(%rip)
	movl	$1, %eax
	movl	%eax, %r14d
.L12:
	leaq	que(%rip), %rax
	movl	(%rax,%r12,4), %r11d
	cmpl	%r11d, %ebx
	je	.L9
	movl	%r11d, %eax
	movl	%r11d, 4(%rsp)
	leaq	dr.1(%rip), %rsi
	leaq	dc.0(%rip), %r8
	cltd
	idivl	%ebp
	movl	%edx, %r10d
	movl	%eax, %r9d
.L11:
	movl	(%rsi), %ecx
	movl	(%r8), %edi
	addl	%r9d, %ecx
	addl	%r10d, %edi
	movl	%ecx, %eax
	orl	%edi, %eax
	shrl	$31, %eax
	cmpl	%ecx, %r15d
	setle	%dl
	orb	%al, %dl
	jne	.L10
	cmpl	%edi, %ebp
	jg	.L18
.L10:
	addq	$4, %rsi
	addq	$4, %r8
	cmpq	%r13, %rsi
	jne	.L11
	addq	$1, %r12
	cmpl	%r12d, %r14d
	jg	.L12
.L9:
	movslq	%ebx, %r14
	leaq	dist(%rip), %rax
	leaq	.LC3(%rip), %rdi
	movl	(%rax,%r14,4), %esi
	xorl	%eax, %eax
	call	printf@PLT
	jmp	.L3
.L18:
	movl	%edi, %eax
	cltd
	idivl	8(%rsp)
	movl	%ecx, %eax
	movslq	%edx, %r11
	cltd
	idivl	12(%rsp)
	leaq	pat(%rip), %rax
	movslq	%edx, %rdx
	imulq	$514, %rdx, %rdx
	addq	%rax, %rdx
	cmpb	$35, (%rdx,%r11)
	je	.L10
	imull	%ebp, %ecx
	addl	%edi, %ecx
	leaq	dist(%rip), %rdi
	movslq	%ecx, %rax
	cmpl	$0, (%rdi,%rax,4)
	jns	.L10
	movslq	4(%rsp), %rdx
	movl	(%rdi,%rdx,4), %edx
	addl	$1, %edx
	movl	%edx, (%rdi,%rax,4)
	movslq	%r14d, %rax
	leaq	que(%rip), %rdx
	addl	$1, %r14d
	movl	%ecx, (%rdx,%rax,4)
	jmp	.L10
.L7:
	leaq	.LC2(%rip), %rdi
	call	puts@PLT
	jmp	.L3
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.section	.rodata
	.align 16
	.type	dc.0, @object
	.size	dc.0, 16
dc.0:
	.long	0
	.long	0
	.long	-1
	.long	1
	.align 16
	.type	dr.1, @object
	.size	dr.1, 16
dr.1:
	.long	-1
	.long	1
	.long	0
	.long	0
	.local	que
	.comm	que,16000000,32
	.local	dist
	.comm	dist,16000000,32
	.local	pat
	.comm	pat,263168,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
