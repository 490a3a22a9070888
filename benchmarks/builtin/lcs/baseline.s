	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%5000s %5000s"
.LC2:
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
	subq	$24, %rsp
	.cfi_def_cfa_offset 80
	leaq	12(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L15
	movl	12(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 12(%rsp)
	testl	%eax, %eax
	je	.L15
	leaq	t(%rip), %r15
	leaq	s(%rip), %rbp
	leaq	rowa(%rip), %rbx
	.p2align 4,,10
	.p2align 3
.L10:
	xorl	%eax, %eax
	movq	%r15, %rdx
	leaq	.LC1(%rip), %rdi
	movq	%rbp, %rsi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	jne	.L15
	movq	%rbp, %rdi
	call	strlen@PLT
	movq	%r15, %rdi
	movq	%rax, %r14
	call	strlen@PLT
	movq	%rbx, %rdi
	testl	%eax, %eax
	leaq	4(,%rax,4), %rdx
	movq	%rax, %r12
	movl	%eax, %r13d
	movl	$4, %eax
	cmovs	%rax, %rdx
	xorl	%esi, %esi
	call	memset@PLT
	movq	%rbx, %rsi
	movl	$0, rowb(%rip)
	testl	%r14d, %r14d
	je	.L4
	leaq	s(%rip), %rcx
	leal	-1(%r14), %r9d
	movq	%rbx, %rdi
	leaq	1(%rcx), %rax
	leaq	rowb(%rip), %rsi
	addq	%rax, %r9
	.p2align 4,,10
	.p2align 3
.L6:
	movzbl	(%rcx), %r10d
	xorl	%eax, %eax
	testl	%r13d, %r13d
	je	.L9
	.p2align 4,,10
	.p2align 3
.L5:
	cmpb	%r10b, (%r15,%rax)
	je	.L23
	movl	4(%rdi,%rax,4), %r8d
	movl	(%rsi,%rax,4), %edx
	cmpl	%r8d, %edx
	cmovl	%r8d, %edx
	movl	%edx, 4(%rsi,%rax,4)
	addq	$1, %rax
	cmpq	%rax, %r12
	jne	.L5
.L9:
	addq	$1, %rcx
	cmpq	%rcx, %r9
	je	.L4
	movq	%rdi, %rax
	movq	%rsi, %rdi
	movq	%rax, %rsi
	jmp	.L6
	.p2align 4,,10
	.p2align 3
.L4:
	movl	(%rsi,%r12,4), %esi
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movl	12(%rsp), %eax
	leal	-1(%rax), %edx
	movl	%edx, 12(%rsp)
	testl	%eax, %eax
	jne	.L10
.L15:
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
.L23:
	.cfi_restore_state
	movl	(%rdi,%rax,4), %edx
	addl	$1, %edx
	movl	%edx, 4(%rsi,%rax,4)
	addq	$1, %rax
	cmpq	%rax, %r12
	jne	.L5
	jmp	.L9
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.local	rowb
	.comm	rowb,20004,32
	.local	rowa
	.comm	rowa,20004,32
	.local	t
	.comm	t,5001,32
	.local	s
	.comm	s,5001,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
