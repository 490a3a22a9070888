	.file	"prog.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d %d"
.LC1:
	.string	"%d"
.LC2:
	.string	"%d\n"
.LC3:
	.string	"%lld\n"
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
	subq	$40, %rsp
	.cfi_def_cfa_offset 96
	leaq	24(%rsp), %rdx
	leaq	20(%rsp), %rsi
	call	__isoc99_scanf@PLT
	cmpl	$2, %eax
	jne	.L33
	movl	20(%rsp), %eax
	subl	$1, %eax
	cmpl	$199999, %eax
	jbe	.L44
.L33:
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
.L44:
	.cfi_restore_state
	leaq	a(%rip), %r13
	xorl	%ebx, %ebx
	leaq	.LC1(%rip), %r14
	movq	%r13, %rbp
	jmp	.L5
.L46:
	addl	$1, %ebx
	addq	$4, %rbp
	cmpl	%ebx, 20(%rsp)
	jle	.L45
.L5:
	xorl	%eax, %eax
	movq	%rbp, %rsi
	movq	%r14, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	je	.L46
	jmp	.L33
.L45:
	cmpl	$0, 24(%rsp)
	jle	.L26
	xorl	%ebx, %ebx
	xorl	%r12d, %r12d
	leaq	28(%rsp), %r15
	leaq	work(%rip), %rbp
.L23:
	xorl	%eax, %eax
	movq	%r15, %rsi
	movq	%r14, %rdi
	call	__isoc99_scanf@PLT
	cmpl	$1, %eax
	jne	.L33
	movl	28(%rsp), %r11d
	testl	%r11d, %r11d
	jle	.L33
	movl	20(%rsp), %r9d
	movl	%r11d, (%rsp)
	cmpl	%r9d, %r11d
	jg	.L33
	movslq	%r9d, %rdx
	movq	%r13, %rsi
	movq	%rbp, %rdi
	movl	%r9d, 8(%rsp)
	salq	$2, %rdx
	call	memcpy@PLT
	movl	(%rsp), %r11d
	movl	8(%rsp), %r9d
	xorl	%r8d, %r8d
	subl	$1, %r11d
	subl	$1, %r9d
	je	.L22
	movl	%r11d, 8(%rsp)
	movq	%r12, (%rsp)
	movl	%ebx, 12(%rsp)
.L9:
	movslq	%r8d, %rdx
	movl	0(%rbp,%rdx,4), %ecx
	movl	%r9d, %edx
	subl	%r8d, %edx
	sarl	%edx
	addl	%r8d, %edx
	movslq	%edx, %rdx
	movl	0(%rbp,%rdx,4), %esi
	movslq	%r9d, %rdx
	movl	0(%rbp,%rdx,4), %edx
	cmpl	%esi, %ecx
	jge	.L11
	cmpl	%edx, %ecx
	cmovl	%edx, %ecx
	cmpl	%edx, %esi
	cmovge	%ecx, %esi
.L12:
	movl	%r9d, %ecx
	movl	%r8d, %edi
.L13:
	cmpl	%ecx, %edi
	jg	.L18
	movslq	%edi, %rdx
	movslq	%ecx, %r12
	salq	$2, %rdx
	leaq	0(%rbp,%r12,4), %rax
	leaq	0(%rbp,%rdx), %rbx
	movl	(%rax), %r11d
	leaq	4(%rbp,%rdx), %rdx
	movl	(%rbx), %r10d
	cmpl	%r10d, %esi
	jg	.L14
	jmp	.L47
	.p2align 4,,10
	.p2align 3
.L29:
	movq	%rbx, %rdx
.L14:
	movl	(%rdx), %r10d
	leaq	4(%rdx), %rbx
	addl	$1, %edi
	cmpl	%esi, %r10d
	jl	.L29
	movq	%rdx, %rbx
	cmpl	%r11d, %esi
	jge	.L15
.L24:
	leaq	-4(%rbp,%r12,4), %rax
	jmp	.L16
	.p2align 4,,10
	.p2align 3
.L30:
	movq	%rdx, %rax
.L16:
	movl	(%rax), %r11d
	leaq	-4(%rax), %rdx
	subl	$1, %ecx
	cmpl	%r11d, %esi
	jl	.L30
.L15:
	cmpl	%ecx, %edi
	jle	.L25
.L18:
	movl	8(%rsp), %eax
	cmpl	%ecx, %eax
	jle	.L31
	cmpl	%edi, %eax
	jl	.L48
	movl	%edi, %r8d
.L21:
	cmpl	%r9d, %r8d
	jl	.L9
	movl	8(%rsp), %r11d
	movq	(%rsp), %r12
	movl	12(%rsp), %ebx
.L22:
	movslq	%r11d, %r11
	movl	0(%rbp,%r11,4), %esi
.L10:
	movslq	%esi, %rax
	leaq	.LC2(%rip), %rdi
	addl	$1, %ebx
	addq	%rax, %r12
	xorl	%eax, %eax
	call	printf@PLT
	cmpl	%ebx, 24(%rsp)
	jg	.L23
	jmp	.L6
	.p2align 4,,10
	.p2align 3
.L47:
	cmpl	%r11d, %esi
	jl	.L24
.L25:
	movl	%r11d, (%rbx)
	addl	$1, %edi
	subl	$1, %ecx
	movl	%r10d, (%rax)
	jmp	.L13
.L31:
	movl	%ecx, %r9d
	jmp	.L21
.L11:
	cmpl	%edx, %esi
	cmovl	%edx, %esi
	cmpl	%edx, %ecx
	cmovl	%ecx, %esi
	jmp	.L12
.L48:
	movslq	%eax, %r11
	movq	(%rsp), %r12
	movl	12(%rsp), %ebx
	movl	0(%rbp,%r11,4), %esi
	jmp	.L10
.L26:
	xorl	%r12d, %r12d
.L6:
	movq	%r12, %rsi
	leaq	.LC3(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	jmp	.L33
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.local	work
	.comm	work,800000,32
	.local	a
	.comm	a,800000,32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
