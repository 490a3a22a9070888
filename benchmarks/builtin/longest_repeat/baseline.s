	.file	"prog.c"
	.text
	.p2align 4
	.type	check, @function
check:
.LFB11:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	movl	%edi, %r11d
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
	movq	%rsi, %rbx
	subq	$72, %rsp
	.cfi_def_cfa_offset 128
	movl	iter(%rip), %eax
	movq	%rdx, 48(%rsp)
	leal	1(%rax), %r12d
	movl	%r12d, iter(%rip)
	testl	%edi, %edi
	jle	.L10
	leaq	s(%rip), %rax
	movslq	%edi, %rdi
	movl	$1, %edx
	xorl	%r13d, %r13d
	addq	%rax, %rdi
	.p2align 4,,10
	.p2align 3
.L3:
	imulq	$911382323, %r13, %r13
	movzbl	(%rax), %ecx
	addq	$1, %rax
	imulq	$911382323, %rdx, %rdx
	addq	%rcx, %r13
	cmpq	%rax, %rdi
	jne	.L3
.L2:
	movl	n(%rip), %eax
	cmpl	%r11d, %eax
	jl	.L4
	movslq	%r11d, %rdi
	movl	%eax, 28(%rsp)
	leaq	s(%rip), %r8
	xorl	%esi, %esi
	movq	%rdi, 16(%rsp)
	leal	-1(%r11), %edi
	movl	%r12d, %ebp
	leaq	stamp(%rip), %r14
	movl	%edi, 36(%rsp)
	movq	%r13, %r12
	leaq	tkey(%rip), %r15
	movq	%r8, %r13
	movl	%r11d, 32(%rsp)
	movq	%rbx, 56(%rsp)
	movq	%rdx, 40(%rsp)
	movl	%esi, %edx
.L9:
	movabsq	$-7046029254386353131, %rax
	imulq	%r12, %rax
	shrq	$44, %rax
	cmpl	(%r14,%rax,4), %ebp
	movl	%eax, %ecx
	movl	%eax, %eax
	jne	.L5
	movq	%r13, 8(%rsp)
	movq	%r12, %r13
	movl	%ecx, %r12d
	movl	%edx, 24(%rsp)
	jmp	.L8
	.p2align 4,,10
	.p2align 3
.L6:
	leal	1(%r12), %ecx
	andl	$1048575, %ecx
	movl	%ecx, %eax
	movq	%rax, %r12
	cmpl	(%r14,%rax,4), %ebp
	jne	.L17
.L8:
	cmpq	%r13, (%r15,%rax,8)
	jne	.L6
	leaq	tpos(%rip), %rsi
	movq	16(%rsp), %rdx
	movslq	(%rsi,%rax,4), %rdi
	leaq	s(%rip), %rax
	movq	8(%rsp), %rsi
	movq	%rdi, %rbx
	addq	%rax, %rdi
	call	memcmp@PLT
	testl	%eax, %eax
	jne	.L6
	movq	48(%rsp), %rax
	movl	%ebx, %ebp
	movl	24(%rsp), %esi
	movq	56(%rsp), %rbx
	movl	%ebp, (%rbx)
	movl	%esi, (%rax)
	addq	$72, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	movl	$1, %eax
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
.L17:
	.cfi_restore_state
	movq	%r13, %r12
	movl	24(%rsp), %edx
	movq	8(%rsp), %r13
.L5:
	leaq	tpos(%rip), %rbx
	movl	%ebp, (%r14,%rax,4)
	addq	$1, %r13
	movl	%edx, (%rbx,%rax,4)
	addl	$1, %edx
	movq	%r12, (%r15,%rax,8)
	movl	32(%rsp), %eax
	addl	%edx, %eax
	cmpl	%eax, 28(%rsp)
	jl	.L4
	movzbl	-1(%r13), %eax
	movq	40(%rsp), %rbx
	imulq	$911382323, %r12, %r9
	leaq	s(%rip), %rsi
	imulq	%rbx, %rax
	subq	%rax, %r9
	movl	36(%rsp), %eax
	addl	%edx, %eax
	cltq
	movzbl	(%rsi,%rax), %eax
	leaq	(%rax,%r9), %r12
	jmp	.L9
.L4:
	addq	$72, %rsp
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
.L10:
	.cfi_restore_state
	movl	$1, %edx
	xorl	%r13d, %r13d
	jmp	.L2
	.cfi_endproc
.LFE11:
	.size	check, .-check
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%300000s"
.LC1:
	.string	"0"
.LC2:
	.string	"%d %d %d\n%.*s\n"
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
	leaq	s(%rip), %r13
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	movq	%r13, %rsi
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$24, %rsp
	.cfi_def_cfa_offset 80
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L19
	movq	%r13, %rdi
	call	strlen@PLT
	movl	$-1, 8(%rsp)
	leal	-1(%rax), %r15d
	movl	%eax, n(%rip)
	movl	$-1, 12(%rsp)
	testl	%r15d, %r15d
	jle	.L20
	xorl	%r14d, %r14d
	leaq	12(%rsp), %r12
	leaq	8(%rsp), %rbp
	.p2align 4,,10
	.p2align 3
.L25:
	movl	%r15d, %ebx
	movq	%r12, %rdx
	movq	%rbp, %rsi
	subl	%r14d, %ebx
	addl	$1, %ebx
	sarl	%ebx
	addl	%r14d, %ebx
	movl	%ebx, %edi
	call	check
	testl	%eax, %eax
	jne	.L21
	leal	-1(%rbx), %r15d
	cmpl	%r14d, %r15d
	jg	.L25
	testl	%r14d, %r14d
	je	.L20
.L24:
	movq	%r12, %rdx
	movq	%rbp, %rsi
	movl	%r14d, %edi
	call	check
	movl	$60, %r8d
	movslq	8(%rsp), %rax
	movl	%r14d, %esi
	cmpl	%r8d, %r14d
	movl	12(%rsp), %ecx
	leaq	.LC2(%rip), %rdi
	cmovle	%r14d, %r8d
	movq	%rax, %rdx
	leaq	0(%r13,%rax), %r9
	xorl	%eax, %eax
	call	printf@PLT
.L19:
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
.L21:
	.cfi_restore_state
	movl	%ebx, %r14d
	cmpl	%r15d, %ebx
	jl	.L25
	jmp	.L24
.L20:
	leaq	.LC1(%rip), %rdi
	call	puts@PLT
	jmp	.L19
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.local	iter
	.comm	iter,4,4
	.local	n
	.comm	n,4,4
	.local	stamp
	.comm	stamp,4194304,32
	.local	tpos
	.comm	tpos,4194304,32
	.local	tkey
	.comm	tkey,8388608,32
	.local	s
	.comm	s,300005,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
