	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d"
.LC1:
	.string	"%llu %d %d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB11:
	.cfi_startproc
	pushq	%r13
	.cfi_def_cfa_offset 16
	.cfi_offset 13, -16
	leaq	.LC0(%rip), %r13
	xorl	%eax, %eax
	pushq	%r12
	.cfi_def_cfa_offset 24
	.cfi_offset 12, -24
	movq	%r13, %rdi
	pushq	%rbp
	.cfi_def_cfa_offset 32
	.cfi_offset 6, -32
	pushq	%rbx
	.cfi_def_cfa_offset 40
	.cfi_offset 3, -40
	subq	$24, %rsp
	.cfi_def_cfa_offset 64
	leaq	12(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L3
	movl	12(%rsp), %eax
	subl	$1, %eax
	cmpl	$19999, %eax
	jbe	.L22
.L3:
	addq	$24, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 40
	xorl	%eax, %eax
	popq	%rbx
	.cfi_def_cfa_offset 32
	popq	%rbp
	.cfi_def_cfa_offset 24
	popq	%r12
	.cfi_def_cfa_offset 16
	popq	%r13
	.cfi_def_cfa_offset 8
	ret
.L22:
	.cfi_restore_state
	leaq	a(%rip), %rbx
	xorl	%r12d, %r12d
	movq	%rbx, %rbp
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L24:
	movslq	12(%rsp), %rdi
	addl	$1, %r12d
	addq	$4, %rbp
	cmpl	%r12d, %edi
	jle	.L23
.L5:
	xorl	%eax, %eax
	movq	%rbp, %rsi
	movq	%r13, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	je	.L24
	jmp	.L3
.L23:
	cmpl	$1, %edi
	jle	.L25
	leal	-1(%rdi), %r10d
	xorl	%r8d, %r8d
	leaq	4+a(%rip), %rsi
	movq	%r10, %r9
	.p2align 4,,10
	.p2align 3
.L12:
	movl	(%rsi,%r8,4), %ecx
	movq	%r8, %rax
	jmp	.L9
	.p2align 4,,10
	.p2align 3
.L11:
	movl	%edx, (%rsi,%rax,4)
	subq	$1, %rax
	movl	%eax, %edx
	cmpl	$-1, %eax
	je	.L10
.L9:
	movl	(%rbx,%rax,4), %edx
	cmpl	%ecx, %edx
	jg	.L11
	movl	%eax, %edx
.L10:
	addl	$1, %edx
	addq	$1, %r8
	movslq	%edx, %rdx
	movl	%ecx, (%rbx,%rdx,4)
	cmpq	%r8, %r10
	jne	.L12
.L7:
	xorl	%eax, %eax
	xorl	%esi, %esi
	.p2align 4,,10
	.p2align 3
.L13:
	movslq	(%rbx,%rax,4), %rdx
	imulq	%rax, %rdx
	addq	$1, %rax
	addq	%rdx, %rsi
	cmpq	%rdi, %rax
	jne	.L13
.L8:
	movslq	%r9d, %r9
	movl	a(%rip), %edx
	leaq	.LC1(%rip), %rdi
	xorl	%eax, %eax
	movl	(%rbx,%r9,4), %ecx
	call	printf@PLT
	jmp	.L3
.L25:
	je	.L26
	xorl	%esi, %esi
	leal	-1(%rdi), %r9d
	jmp	.L8
.L26:
	xorl	%r9d, %r9d
	jmp	.L7
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.local	a
	.comm	a,80000,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
