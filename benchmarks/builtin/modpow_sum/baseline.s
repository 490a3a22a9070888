	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%llu %llu"
.LC2:
	.string	"%llu"
.LC3:
	.string	"invalid"
.LC4:
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
	subq	$24, %rsp
	.cfi_def_cfa_offset 80
	movq	%rsp, %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L3
	movl	(%rsp), %eax
	cmpl	$20000, %eax
	jbe	.L30
.L3:
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
.L30:
	.cfi_restore_state
	leaq	base(%rip), %rbp
	xorl	%ebx, %ebx
	leaq	expo(%rip), %r13
	leaq	.LC1(%rip), %r12
	testl	%eax, %eax
	jne	.L7
	jmp	.L8
	.p2align 4,,10
	.p2align 3
.L31:
	addq	$1, %rbx
	addq	$8, %rbp
	cmpl	%ebx, (%rsp)
	jle	.L8
.L7:
	xorl	%eax, %eax
	leaq	0(%r13,%rbx,8), %rdx
	movq	%rbp, %rsi
	movq	%r12, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	je	.L31
	jmp	.L3
.L8:
	xorl	%eax, %eax
	leaq	4(%rsp), %rsi
	movq	%r14, %rdi
	movl	$4294967294, %ebp
	call	__isoc99_scanf@PLT
	leaq	.LC2(%rip), %rbx
	leaq	.LC4(%rip), %r12
	subl	$1, %eax
	jne	.L3
.L6:
	movl	4(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 4(%rsp)
	testl	%eax, %eax
	jle	.L3
	xorl	%eax, %eax
	leaq	8(%rsp), %rsi
	movq	%rbx, %rdi
	call	__isoc99_scanf@PLT
	subl	$1, %eax
	jne	.L3
	movq	8(%rsp), %rdi
	leaq	-1(%rdi), %rax
	cmpq	%rax, %rbp
	jb	.L10
	movslq	(%rsp), %rcx
	xorl	%r9d, %r9d
	testl	%ecx, %ecx
	jle	.L12
	movl	$1, %eax
	xorl	%edx, %edx
	xorl	%r10d, %r10d
	xorl	%r9d, %r9d
	leaq	0(,%rcx,8), %r11
	leaq	base(%rip), %r14
	divq	%rdi
	leaq	expo(%rip), %r13
	movq	%rdx, %r15
	.p2align 4,,10
	.p2align 3
.L18:
	movq	(%r14,%r10), %rax
	xorl	%edx, %edx
	movq	0(%r13,%r10), %rcx
	movq	%r15, %r8
	divq	%rdi
	movq	%rdx, %rsi
	testq	%rcx, %rcx
	je	.L14
	.p2align 4,,10
	.p2align 3
.L16:
	testb	$1, %cl
	je	.L15
	movq	%r8, %rax
	xorl	%edx, %edx
	imulq	%rsi, %rax
	divq	%rdi
	movq	%rdx, %r8
.L15:
	movq	%rsi, %rax
	xorl	%edx, %edx
	imulq	%rsi, %rax
	divq	%rdi
	shrq	%rcx
	movq	%rdx, %rsi
	jne	.L16
.L14:
	addq	%r8, %r9
	movq	%r9, %rax
	subq	%rdi, %rax
	cmpq	%rdi, %r9
	cmovnb	%rax, %r9
	addq	$8, %r10
	cmpq	%r11, %r10
	jne	.L18
.L12:
	movq	%r9, %rsi
	movq	%r12, %rdi
	xorl	%eax, %eax
	call	printf@PLT
	jmp	.L6
.L10:
	leaq	.LC3(%rip), %rdi
	call	puts@PLT
	jmp	.L6
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.local	expo
	.comm	expo,160000,32
	.local	base
	.comm	base,160000,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
